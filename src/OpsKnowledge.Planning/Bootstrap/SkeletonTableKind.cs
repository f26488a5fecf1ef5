namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>The tables a plan skeleton comes with.</summary>
public enum SkeletonTableKind
{
    Targets,
    Kpis,
    Risks,
    Milestones,
}
