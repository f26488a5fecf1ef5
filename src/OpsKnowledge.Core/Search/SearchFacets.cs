namespace OpsKnowledge.Core.Search;

/// <summary>Hit counts per kind, document and scope beside a search. Each dimension honours the request's other filters but not
/// its own, so a count is the total the search would show with that value chosen (records of one row or sentence count once).</summary>
public sealed record SearchFacets
{
    public static SearchFacets None { get; } = new() { Kinds = [], Docs = [], Scopes = [] };

    /// <summary>section, kpi, target, risk, milestone (each kind with a hit), and record for any record kind.</summary>
    public required IReadOnlyList<FacetCount> Kinds { get; init; }

    /// <summary>Per document id, most hits first.</summary>
    public required IReadOnlyList<FacetCount> Docs { get; init; }

    /// <summary>plan and reference: only records have a scope.</summary>
    public required IReadOnlyList<FacetCount> Scopes { get; init; }

    /// <summary>True when more entries matched than were counted: the counts are lower bounds.</summary>
    public bool IsLowerBound { get; init; }
}
