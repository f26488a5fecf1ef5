using System.Text.Json.Serialization;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>All KPIs of two plans: those both have side by side, then those only one of them has.</summary>
public sealed record PlanComparison
{
    public required string DocA { get; init; }

    public required string DocB { get; init; }

    /// <summary>Shared KPIs first (in A's order), then A's own, then B's own.</summary>
    public required IReadOnlyList<PlanKpiPair> Pairs { get; init; }

    [JsonIgnore]
    public IEnumerable<PlanKpiPair> Shared => Pairs.Where(p => p.Presence == KpiPresence.Both);

    [JsonIgnore]
    public IEnumerable<PlanKpiPair> OnlyA => Pairs.Where(p => p.Presence == KpiPresence.OnlyA);

    [JsonIgnore]
    public IEnumerable<PlanKpiPair> OnlyB => Pairs.Where(p => p.Presence == KpiPresence.OnlyB);
}
