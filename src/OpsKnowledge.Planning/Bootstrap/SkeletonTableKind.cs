namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>The tables a plan skeleton comes with.</summary>
public enum SkeletonTableKind
{
    /// <summary>Yearly targets on one time axis.</summary>
    Targets,
    /// <summary>Yearly targets of plans that count 第N年 without saying when year 1 is: kept apart from the calendar axis.</summary>
    PlanYearTargets,
    /// <summary>Targets for other periods (quarters, 三年累计, 每年).</summary>
    PeriodTargets,
    /// <summary>Head counts by role and year (人员配置).</summary>
    Staffing,
    /// <summary>Investment, budget and cost structure.</summary>
    Budget,
    Kpis,
    Risks,
    Milestones,
}
