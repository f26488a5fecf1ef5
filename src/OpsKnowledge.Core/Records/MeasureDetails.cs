namespace OpsKnowledge.Core.Records;

/// <summary>The measurable part of a target or KPI: its value as written, the number read from it and the baseline it starts from.</summary>
public sealed record MeasureDetails : RecordDetails
{
    /// <summary>A measure with nothing read yet.</summary>
    public static MeasureDetails Empty { get; } = new();

    /// <summary>The canonical KPI name when the name is a known indicator or synonym.</summary>
    public string? CanonicalName { get; init; }

    /// <summary>The target value as written ("≥95%", "800万").</summary>
    public string? Value { get; init; }

    /// <summary>The baseline as written ("75%").</summary>
    public string? Baseline { get; init; }

    public RecordOperator? Op { get; init; }

    public decimal? Number { get; init; }

    /// <summary>Upper bound for ranges ("18%-25%": Number 18, NumberTo 25).</summary>
    public decimal? NumberTo { get; init; }

    public string? Unit { get; init; }

    public decimal? BaselineNumber { get; init; }

    public Direction? Direction { get; init; }
}
