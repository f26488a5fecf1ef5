using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>What a comparison looks at: which scopes, kinds and documents, and how KPI names map to canonical ones.</summary>
public sealed record CompareOptions
{
    public static CompareOptions Default { get; } = new();

    /// <summary>Maps a KPI name or synonym to its canonical name, or null when unknown; identity when not given.</summary>
    public Func<string, string?>? Canonicalize { get; init; }

    /// <summary>Also compare figures the plans cite from cases and benchmarks (scope reference); off by default.</summary>
    public bool IncludeReference { get; init; }

    /// <summary>Record kinds that carry comparable values.</summary>
    public IReadOnlyCollection<RecordKind> Kinds { get; init; } = [RecordKind.Kpi, RecordKind.Target];

    /// <summary>Only these documents (by id) when not empty.</summary>
    public IReadOnlyCollection<string> Docs { get; init; } = [];
}
