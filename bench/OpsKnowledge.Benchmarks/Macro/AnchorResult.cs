namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Our step against an outside tool on the same text: throughputs in MB/s and the ratio (ours ÷ theirs; above 1 means we are faster).</summary>
public sealed record AnchorResult
{
    public required string Name { get; init; }
    public required string Ours { get; init; }
    public required string Theirs { get; init; }
    public required long Bytes { get; init; }
    public double OursMegabytesPerSecond { get; init; }
    public double TheirsMegabytesPerSecond { get; init; }
    public double Ratio => TheirsMegabytesPerSecond == 0 ? 0 : OursMegabytesPerSecond / TheirsMegabytesPerSecond;
    public string? Note { get; init; }
}
