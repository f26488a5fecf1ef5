namespace OpsKnowledge.Structure.Numbering;

/// <summary>A numbering style as the outline sees it: kind plus decimal depth, so "1." "1.1" and "1.1.1" are three styles.</summary>
internal readonly record struct NumberingStyle(NumberingKind Kind, int Depth = 1)
{
    public static NumberingStyle Unnumbered => new(NumberingKind.None);

    /// <summary>Styles that number list items at least as often as headings; they need stronger evidence to become headings.</summary>
    public bool IsListLike => Kind switch
    {
        NumberingKind.Decimal => Depth == 1,
        NumberingKind.DecimalComma or NumberingKind.DecimalParen or NumberingKind.ParenDecimal
            or NumberingKind.Circled or NumberingKind.Article => true,
        _ => false,
    };
}
