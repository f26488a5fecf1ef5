namespace OpsKnowledge.Core.Search;

/// <summary>A search: the user's query text plus optional filters by document, entry kind, record scope and period.</summary>
public sealed record SearchRequest
{
    /// <summary>Plain text, "quoted phrases" and -exclusions; traditional or simplified, any width.</summary>
    public required string Query { get; init; }

    public int Top { get; init; } = 10;

    /// <summary>How many hits of the ranking to skip (paging: offset 10, top 10 is the second page).</summary>
    public int Offset { get; init; }

    /// <summary>Document id (file name).</summary>
    public string? Doc { get; init; }

    /// <summary>section, kpi, target, risk, milestone, or record for any record kind.</summary>
    public EntryKindFilter? Kind { get; init; }

    /// <summary>plan or reference (records only).</summary>
    public string? Scope { get; init; }

    /// <summary>A record period, matched exactly or as contained text ("2026" finds "2026年").</summary>
    public string? Period { get; init; }

    /// <summary>Also count the hits per kind, document and scope (<see cref="SearchResults.Facets"/>): one more pass over the matches.</summary>
    public bool WithFacets { get; init; }
}
