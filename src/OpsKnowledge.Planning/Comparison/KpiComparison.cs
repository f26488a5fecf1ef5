using OpsKnowledge.Core.Records;
namespace OpsKnowledge.Planning.Comparison;

/// <summary>One KPI across documents: a row per document and period, converted to a common unit, and the spread of the values.</summary>
public sealed record KpiComparison
{
    /// <summary>The name the user asked for.</summary>
    public required string Query { get; init; }

    /// <summary>The canonical KPI name.</summary>
    public required string Kpi { get; init; }

    public required IReadOnlyList<ComparisonRow> Rows { get; init; }

    /// <summary>Null when no row has a number.</summary>
    public KpiSpread? Spread { get; init; }

    /// <summary>Whether a higher value is better, as most rows' records say (the KPI catalogue's direction where it knows the name).</summary>
    public Direction? Direction { get; init; }

    /// <summary>The common unit chosen per unit family (the most frequent unit of the family among the rows).</summary>
    public IReadOnlyList<string> CommonUnits { get; init; } = [];
}
