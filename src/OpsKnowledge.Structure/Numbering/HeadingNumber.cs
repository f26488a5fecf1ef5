namespace OpsKnowledge.Structure.Numbering;

/// <summary>A heading number found at a position of a line: its style, ordinals, text as written and where the title starts.</summary>
internal sealed record HeadingNumber(NumberingStyle Style, int[] Ordinals, string Number, int Start, int NumberEnd, int TitleStart)
{
    /// <summary>The last ordinal: 3 for "2.3", 2 for "（二）".</summary>
    public int Ordinal => Ordinals[^1];

    /// <summary>True for a bare number followed by a space ("1 概述"), which needs extra care.</summary>
    public bool IsBare { get; init; }
}
