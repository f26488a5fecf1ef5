namespace OpsKnowledge.Core.Records;

/// <summary>When a milestone is due, as written.</summary>
public sealed record MilestoneDetails : RecordDetails
{
    /// <summary>A milestone with no date read yet.</summary>
    public static MilestoneDetails Empty { get; } = new();

    /// <summary>Milestone date or deadline as written ("2026年6月底前", "6个月内").</summary>
    public string? Date { get; init; }
}
