namespace OpsKnowledge.Core.Records;

/// <summary>What only one family of record kinds has (a measure, a risk, a milestone); a record carries exactly one.</summary>
public abstract record RecordDetails;
