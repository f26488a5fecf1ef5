namespace OpsKnowledge.Core.Pipeline;

/// <summary>
/// What a parser hands to the pipeline: headings, paragraphs and tables in reading order. Parsers know their format's markup;
/// the pipeline repairs the text and the structure stage turns these into sections and offsets.
/// </summary>
public abstract record SourceBlock
{
    /// <summary>1-based page for paged formats.</summary>
    public int? Page { get; init; }
}

/// <summary>A heading the format marked as such (Markdown #, HTML h1-h6, DOCX heading style); Level null when only numbering tells.</summary>
public sealed record SourceHeading(string Text, int? Level) : SourceBlock;

/// <summary>A paragraph or list item; the structure stage recognizes numbered headings in them.</summary>
public sealed record SourceParagraph(string Text, bool IsListItem = false) : SourceBlock
{
    /// <summary>True when the format says this is body text for sure (so numbering must not promote it to a heading).</summary>
    public bool IsBodyForSure { get; init; }
}

/// <summary>Plain lines without markup (a text file, pipe rows in Markdown): the structure stage splits them into paragraphs, tables and headings.</summary>
public sealed record SourcePlainText(string Text) : SourceBlock;

/// <summary>A table grid; merged cells appear once with their spans.</summary>
public sealed record SourceTable(IReadOnlyList<IReadOnlyList<SourceCell>> Rows, int HeaderRowCount = 1) : SourceBlock
{
    public string? Caption { get; init; }
}

public sealed record SourceCell(string Text, int RowSpan = 1, int ColSpan = 1, bool IsHeader = false);
