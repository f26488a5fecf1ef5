namespace OpsKnowledge.Benchmarks.Micro;

/// <summary>One hot-path benchmark's mean time per operation and throughput.</summary>
public sealed record MicroResult
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required double MeanNanoseconds { get; init; }
    public required long BytesPerOperation { get; init; }
    public required double MegabytesPerSecond { get; init; }
    public required long AllocatedBytesPerOperation { get; init; }
}
