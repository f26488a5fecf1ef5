using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose.Indicators;

/// <summary>
/// A figure in running text with the words around it that say how it relates to its indicator:
/// <c>增长5%左右</c>, <c>突破100万吨</c>, <c>分别达2050万吨</c>, <c>超千亿元</c>.
/// Offsets are into the sentence the scanner read.
/// </summary>
public sealed record Figure
{
    /// <summary>Where the operator words before the number start (the number's start when there are none).</summary>
    public required int OperatorStart { get; init; }

    public required int NumberStart { get; init; }

    /// <summary>End of the figure, after its unit and a trailing qualifier (以上, 左右).</summary>
    public required int End { get; init; }

    public required decimal Number { get; init; }

    public decimal? NumberTo { get; init; }

    /// <summary>The unit as written after the number, 万/亿 kept (万千瓦, 亿斤, 个百分点), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>The operator in plan text; reports of results turn reaching words (达到, 提高到) into <see cref="RecordOperator.Equal"/>.</summary>
    public required RecordOperator PlanOperator { get; init; }

    public required RecordOperator ResultOperator { get; init; }

    /// <summary>The value as written: the hedging or reaching word, the number, its unit and qualifier (超千亿元, 5%左右, 下降15%).</summary>
    public required string Value { get; init; }

    /// <summary>分别 or 均 stood before the figure: it belongs to a list of indicators.</summary>
    public ListMarker List { get; init; }

    /// <summary>The unit counts things (个, 家, 条): the counted noun may follow the figure (建成35个先导区).</summary>
    public bool CountsThings { get; init; }

    /// <summary>The figure qualifies the noun after it (20户以上自然村, 150万吨以上的园区): a category, unless a count verb stands before it.</summary>
    public bool QualifiesNoun { get; init; }

    /// <summary>A measure directly followed by the noun it specifies (700万吨露天矿): part of a name, not a record.</summary>
    public bool Specifies { get; init; }

    /// <summary>A ratio written N∶1 (2.52∶1).</summary>
    public bool IsRatio { get; init; }

    /// <summary>A value written as a word, not a number (全覆盖, 全部, 翻番, 倍增, 动态清零): it goes to every subject listed before it.</summary>
    public bool IsWordValue { get; init; }

    /// <summary>The words after a word value that complete the indicator (全部<c>达到紧密型标准</c>), or null.</summary>
    public string? Predicate { get; init; }

    public bool IsChange => PlanOperator is RecordOperator.IncreaseBy or RecordOperator.DecreaseBy;
}

/// <summary>How a figure spreads over the indicators named before it.</summary>
public enum ListMarker
{
    None,
    /// <summary>分别: one figure per indicator, in order.</summary>
    Respectively,
    /// <summary>均, 都: the same figure for every indicator.</summary>
    Each,
}
