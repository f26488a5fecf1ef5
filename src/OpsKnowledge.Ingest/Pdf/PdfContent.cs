using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>What a PDF yields: source blocks with pages, or the one reason it cannot be read; plus counts for the report.</summary>
public sealed record PdfContent
{
    public IReadOnlyList<SourceBlock> Blocks { get; init; } = [];

    public int PageCount { get; init; }

    /// <summary>Running headers, footers and page numbers removed.</summary>
    public int RunningLinesRemoved { get; init; }

    public string? Title { get; init; }

    /// <summary>Pages without any text (scans): the OCR reads these.</summary>
    public IReadOnlyList<int> ScannedPages { get; init; } = [];

    /// <summary>Set when the file has no usable text (scan, garbage text); the blocks are then empty.</summary>
    public string? Failure { get; init; }
}
