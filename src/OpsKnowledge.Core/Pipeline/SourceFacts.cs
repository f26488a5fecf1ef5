using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Core.Pipeline;

/// <summary>What a format tells about a document beside its blocks; the pipeline copies it onto the <see cref="Model.Document"/>.</summary>
public sealed record SourceFacts
{
    public static SourceFacts None { get; } = new();

    /// <summary>The format the document is recorded as when not the parser's own (a .doc read through its .docx conversion stays "doc").</summary>
    public string? Format { get; init; }

    public string? Title { get; init; }

    /// <summary>True when the title is damaged like the body (a web page's title) and is repaired the same way.</summary>
    public bool TitleNeedsRepair { get; init; }

    /// <summary>The encoding the bytes were decoded with, for markup formats that decode (HTML).</summary>
    public string? Encoding { get; init; }

    public int? PageCount { get; init; }

    /// <summary>Site furniture, running headers and page numbers the parser dropped; added to the repair report's count.</summary>
    public int BoilerplateRemoved { get; init; }

    /// <summary>Pages read by OCR, with their confidence.</summary>
    public IReadOnlyList<ScannedPage> ScannedPages { get; init; } = [];
}
