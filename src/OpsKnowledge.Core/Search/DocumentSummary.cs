namespace OpsKnowledge.Core.Search;

/// <summary>What the index knows about one ingested document without loading it.</summary>
public sealed record DocumentSummary
{
    public required string Id { get; init; }

    public required string Format { get; init; }

    public string? Title { get; init; }

    public required int Sections { get; init; }

    public required int Tables { get; init; }

    public required int Records { get; init; }

    /// <summary>How many repairs the repair stage made.</summary>
    public required int Repairs { get; init; }

    /// <summary>True when the source was only a preview of a longer document.</summary>
    public bool Partial { get; init; }

    public string? Encoding { get; init; }

    public required string ContentHash { get; init; }

    /// <summary>When the document was indexed (UTC).</summary>
    public required DateTimeOffset Ingested { get; init; }

    /// <summary>The layout version of the index entries it was written with (the adapter raises it when fields or analysis change); 0 for entries older than layouts.</summary>
    public int Layout { get; init; }
}
