using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Normalization;

/// <summary>A number as a plan states it: value (or range), unit, operator, and the text it was read from.</summary>
public sealed record Quantity
{
    public required decimal Number { get; init; }

    /// <summary>Upper bound of a range ("18%-25%").</summary>
    public decimal? NumberTo { get; init; }

    /// <summary>Normalized unit ("万元", "%", "个百分点"), or null when the text gives none.</summary>
    public string? Unit { get; init; }

    public RecordOperator Op { get; init; } = RecordOperator.Equal;

    /// <summary>True for 约, 近, 左右 and similar hedges.</summary>
    public bool Approximate { get; init; }

    /// <summary>The text read, as written ("≥95%", "800万", "30分钟以内").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of <see cref="Text"/> within the string that was parsed.</summary>
    public int Start { get; init; }
}
