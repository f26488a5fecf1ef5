namespace OpsKnowledge.Core.Records;

/// <summary>What a risk consists of, how likely and how bad it is, and what the plan does about it, each as written.</summary>
public sealed record RiskDetails : RecordDetails
{
    /// <summary>A risk with nothing but its name.</summary>
    public static RiskDetails Empty { get; } = new();

    /// <summary>What the risk consists of, as written (a risk table's 风险描述, the clause after a risk's name).</summary>
    public string? Description { get; init; }

    /// <summary>Risk level (高/中/低) as written.</summary>
    public string? Level { get; init; }

    public string? Likelihood { get; init; }

    public string? Impact { get; init; }

    public string? Mitigation { get; init; }
}
