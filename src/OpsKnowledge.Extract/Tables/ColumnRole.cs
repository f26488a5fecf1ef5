namespace OpsKnowledge.Extract.Tables;

/// <summary>What a table column holds, read from its header words and its cells.</summary>
public enum ColumnRole
{
    Other,
    Period,
    Indicator,
    Category,
    TargetValue,
    Baseline,
    Cycle,
    RiskName,
    RiskDescription,
    RiskLevel,
    Likelihood,
    Impact,
    Mitigation,
    Item,
    Share,
    /// <summary>A column of numbers (营业收入(万元), 人数).</summary>
    Measure,
}
