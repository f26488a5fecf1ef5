namespace OpsKnowledge.Core.Model;

/// <summary>One ingested plan: its original and repaired text, its outline and its blocks, all offsets into <see cref="Text"/>.</summary>
public sealed record Document
{
    /// <summary>The file name, which is how users name a document.</summary>
    public required string Id { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>The reader's format name: txt, md, html, pdf, docx.</summary>
    public required string Format { get; init; }

    /// <summary>The encoding the bytes were decoded with (null for binary formats such as PDF and DOCX).</summary>
    public string? Encoding { get; init; }

    /// <summary>The text as decoded, before repair.</summary>
    public required string OriginalText { get; init; }

    /// <summary>The repaired, linearized text that every span, record and search hit points into.</summary>
    public required string Text { get; init; }

    public required RepairReport Repair { get; init; }

    public string? Title { get; init; }

    /// <summary>SHA-256 of the source bytes, hex; an unchanged file is not ingested again.</summary>
    public string ContentHash { get; init; } = "";

    public int? PageCount { get; init; }

    /// <summary>Pages read by OCR (scans), with their confidence; empty for documents with a text layer.</summary>
    public IReadOnlyList<ScannedPage> ScannedPages { get; init; } = [];

    /// <summary>Sections in document order; a section's parent comes before it.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>Paragraphs and tables in document order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    public IEnumerable<Table> Tables => Blocks.OfType<Table>();

    public IEnumerable<Paragraph> Paragraphs => Blocks.OfType<Paragraph>();

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The innermost section that holds the offset, or null before the first heading.</summary>
    public Section? SectionAt(int offset)
    {
        Section? found = null;
        foreach (var section in Sections)
        {
            if (section.Span.Start <= offset && offset < Math.Max(section.Span.End, section.Span.Start + 1))
            {
                if (found is null || section.Level >= found.Level) found = section;
            }
        }
        return found;
    }
}
