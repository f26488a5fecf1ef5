namespace OpsKnowledge.Planning.Comparison;

/// <summary>Min, median and max of the comparable values of one KPI, with the outlier fences used.</summary>
public sealed record KpiSpread
{
    public required string Unit { get; init; }

    /// <summary>True when the values are changes (提升/下降 by) rather than levels.</summary>
    public bool Change { get; init; }

    /// <summary>The period length of the compared values (quarterly values are not set beside yearly ones).</summary>
    public PeriodGrain Grain { get; init; }

    /// <summary>Distinct values compared (one plan ingested in two formats counts once).</summary>
    public required int Count { get; init; }

    public required decimal Min { get; init; }

    public required decimal Median { get; init; }

    public required decimal Max { get; init; }

    public decimal? LowerFence { get; init; }

    public decimal? UpperFence { get; init; }

    /// <summary>The rule that set the fences ("1.5×IQR", "3×median distance", "none: fewer than 3 values").</summary>
    public required string Rule { get; init; }

    /// <summary>Documents whose value is an outlier.</summary>
    public IReadOnlyList<string> Outliers { get; init; } = [];
}
