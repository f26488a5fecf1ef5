namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>How a plan skeleton is built: its title, how widely a heading must be shared, and how KPI names map to canonical ones.</summary>
public sealed record PlanSkeletonOptions
{
    public static PlanSkeletonOptions Default { get; } = new();

    public string Title { get; init; } = "运营方案（草稿）";

    /// <summary>A heading is kept when at least this share of the chosen plans has it (all of one plan when only one is chosen).</summary>
    public double MinShare { get; init; } = 0.5;

    /// <summary>Maps a KPI name or synonym to its canonical name, or null when unknown.</summary>
    public Func<string, string?>? Canonicalize { get; init; }
}
