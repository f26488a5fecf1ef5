namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Everything one macro run measured for one corpus size, saved as JSON for the report.</summary>
public sealed record MacroResult
{
    public required int Documents { get; init; }
    public required long Bytes { get; init; }
    public required DateTimeOffset TakenAt { get; init; }
    public required string LoadBefore { get; init; }
    public string LoadAfter { get; init; } = "";
    public required int Ingested { get; init; }
    public required int Failed { get; init; }
    public required double IngestSeconds { get; init; }
    public required double CpuSeconds { get; init; }
    public required double DocumentsPerSecond { get; init; }
    public required double MegabytesPerSecond { get; init; }
    public required double TextMegabytesPerSecond { get; init; }
    public required double PdfPagesPerSecond { get; init; }
    public required int PdfPages { get; init; }
    public required long PeakRssAfterIngest { get; init; }
    public required long PeakRss { get; init; }

    /// <summary>Peak anonymous resident memory during the ingest, sampled every 200 ms (0 in results written before it was measured).</summary>
    public long PeakAnonymousRssInIngest { get; init; }
    public required long IndexBytes { get; init; }
    public required Dictionary<string, double> StageThreadSeconds { get; init; }
    public required Dictionary<string, double> FormatThreadSeconds { get; init; }
    public required Dictionary<string, long> FormatBytes { get; init; }
    public required double ReingestSeconds { get; init; }
    public required int ReingestUnchanged { get; init; }
    public required Latency Search { get; init; }

    /// <summary>The same queries' first pass on the freshly opened index (null in results written before it was measured).</summary>
    public Latency? SearchFirstPass { get; init; }
    public required double SearchMeanHits { get; init; }
    public Latency? Grep { get; init; }
    public Latency? Http { get; init; }
    public IndexProbe.Result? Probe { get; init; }
    public string? HttpNote { get; init; }
    public required IReadOnlyList<string> FailureSamples { get; init; }
}
