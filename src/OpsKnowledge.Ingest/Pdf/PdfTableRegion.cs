using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>A ruled table found on a page: its area (letters inside are not body text), column edges and rebuilt cells.</summary>
internal sealed record PdfTableRegion(int Page, double Left, double Right, double Top, double Bottom, IReadOnlyList<double> ColumnEdges, SourceTable Table)
{
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;
}
