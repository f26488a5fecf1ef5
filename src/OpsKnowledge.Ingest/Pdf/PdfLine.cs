namespace OpsKnowledge.Ingest.Pdf;

/// <summary>One run of text on one baseline within one column, with the geometry and font the layout rules need.</summary>
internal sealed record PdfLine(string Text, int Page, double Left, double Right, double Top, double Bottom, double FontSize, bool Bold)
{
    public double Baseline => Bottom;

    public double Height => Top - Bottom;
}
