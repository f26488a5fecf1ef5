namespace OpsKnowledge.Planning.Comparison;

/// <summary>Which of two compared plans has a KPI.</summary>
public enum KpiPresence
{
    Both,
    OnlyA,
    OnlyB,
}
