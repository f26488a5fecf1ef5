namespace OpsKnowledge.Search;

/// <summary>How many entries matched and the best of them.</summary>
public sealed record SearchResults
{
    public static SearchResults None { get; } = new() { TotalHits = 0, Hits = [] };

    /// <summary>How many entries matched; with <see cref="TotalHitsIsLowerBound"/>, at least this many (entries that could not
    /// make the top were skipped, not counted).</summary>
    public required int TotalHits { get; init; }

    public bool TotalHitsIsLowerBound { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }
}
