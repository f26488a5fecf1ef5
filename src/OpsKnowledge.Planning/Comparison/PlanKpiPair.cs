namespace OpsKnowledge.Planning.Comparison;

/// <summary>One KPI of two plans side by side (one period), values converted to a common unit.</summary>
public sealed record PlanKpiPair
{
    public required string Kpi { get; init; }

    public required KpiPresence Presence { get; init; }

    public string? Period { get; init; }

    public required string DocA { get; init; }

    public required string DocB { get; init; }

    public ComparisonRow? A { get; init; }

    public ComparisonRow? B { get; init; }

    /// <summary>B minus A in the common unit, when both are levels in the same unit.</summary>
    public decimal? Difference { get; init; }

    public string? Unit { get; init; }
}
