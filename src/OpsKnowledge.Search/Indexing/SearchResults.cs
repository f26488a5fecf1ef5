namespace OpsKnowledge.Search;

/// <summary>How many entries matched and the best of them.</summary>
public sealed record SearchResults
{
    public static SearchResults None { get; } = new() { TotalHits = 0, Hits = [] };

    public required int TotalHits { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }
}
