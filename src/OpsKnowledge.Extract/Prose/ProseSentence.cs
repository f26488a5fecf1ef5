using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Extract.Prose;

/// <summary>One sentence of a paragraph, with its offset in the document text and the horizon its paragraph opens with.</summary>
public sealed record ProseSentence
{
    /// <summary>The sentence with traditional characters folded to simplified (same length), which the patterns read.</summary>
    public required string Text { get; init; }

    /// <summary>The sentence as written; records keep this wording.</summary>
    public required string OriginalText { get; init; }

    /// <summary>Offset of <see cref="Text"/> in <see cref="Document.Text"/>.</summary>
    public required int Start { get; init; }

    public required Paragraph Paragraph { get; init; }

    public string? SectionPath { get; init; }

    /// <summary>The last heading's title, where plans often put the horizon (3.1 2026年经营目标).</summary>
    public string? SectionTitle { get; init; }

    /// <summary>A horizon the paragraph starts with (短期目标(1-2年)：…), normalized, for every sentence of it.</summary>
    public string? LeadPeriod { get; init; }

    /// <summary>The date inside the paragraph's lead (第一阶段（2026年）：…), for deliverables listed under it.</summary>
    public string? LeadDate { get; init; }

    /// <summary>Length of the lead label with its colon, 0 when the paragraph has none.</summary>
    public int LeadLength { get; init; }

    public bool IsFirstInParagraph { get; init; }

    /// <summary>The sentences after this one in the same paragraph, for mitigations stated in the next sentence.</summary>
    public IReadOnlyList<ProseSentence> Following { get; init; } = [];
}
