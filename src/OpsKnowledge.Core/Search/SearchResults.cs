namespace OpsKnowledge.Core.Search;

/// <summary>How many hits matched and one page of them, best first.</summary>
public sealed record SearchResults
{
    public static SearchResults None { get; } = new() { TotalHits = 0, Hits = [] };

    /// <summary>How many hits matched (records stated by one table row or sentence count once, as they are shown); with
    /// <see cref="TotalHitsIsLowerBound"/>, at least this many (entries that could not make the top were skipped, not counted).</summary>
    public required int TotalHits { get; init; }

    public bool TotalHitsIsLowerBound { get; init; }

    /// <summary>How many hits of the ranking come before <see cref="Hits"/>.</summary>
    public int Offset { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>When a long query was reduced: the key terms that were searched instead, in the query's order.</summary>
    public IReadOnlyList<string>? KeyTerms { get; init; }

    /// <summary>Hit counts per kind, document and scope, when the request asked for them and the index is small enough to count
    /// every match (the same limit as an exact <see cref="TotalHits"/>); null otherwise.</summary>
    public SearchFacets? Facets { get; init; }
}
