namespace OpsKnowledge.Structure;

/// <summary>Tunables of the structure stage; <see cref="Default"/> suits Chinese plan documents.</summary>
public sealed record StructureOptions
{
    public static StructureOptions Default { get; } = new();

    /// <summary>A numbered line longer than this (number and title) is body text, not a heading.</summary>
    public int MaxHeadingLength { get; init; } = 40;

    /// <summary>Stricter limit for list-like numbering (1. 1、 1） (1) ①), where short titles are the main cue.</summary>
    public int MaxListStyleHeadingLength { get; init; } = 24;

    /// <summary>Longest title accepted for a heading run into its body on the same line.</summary>
    public int MaxRunInTitleLength { get; init; } = 24;

    /// <summary>At least this many consecutive heading lines are needed to call them a table of contents.</summary>
    public int MinTableOfContentsEntries { get; init; } = 3;

    /// <summary>Share of table-of-contents entries that must reappear in the body.</summary>
    public double MinTableOfContentsRecall { get; init; } = 0.6;

    /// <summary>When the document opens with the only top-level markup heading, use it as the title instead of a section.</summary>
    public bool SingleTopHeadingIsTitle { get; init; } = true;
}
