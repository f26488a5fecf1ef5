namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>A table cell's value as a number, for spreadsheets: <paramref name="Prefix"/> (≥, ≤) is shown by the number format, not stored as text.</summary>
public sealed record SkeletonNumber(decimal Value, string Prefix = "");
