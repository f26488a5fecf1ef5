namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>A new plan to start from: the outline the chosen plans share and their tables pre-filled with the values found.</summary>
public sealed record PlanSkeleton
{
    public required string Title { get; init; }

    /// <summary>The ids of the plans the skeleton was built from.</summary>
    public required IReadOnlyList<string> Plans { get; init; }

    public required IReadOnlyList<SkeletonHeading> Outline { get; init; }

    public required IReadOnlyList<SkeletonTable> Tables { get; init; }

    /// <summary>The heading tables without a matching outline heading are placed under.</summary>
    public string AppendixTitle { get; init; } = "附：预填表格";

    public SkeletonTable Table(SkeletonTableKind kind) => Tables.First(t => t.Kind == kind);
}
