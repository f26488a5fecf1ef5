namespace OpsKnowledge.Core.Search;

/// <summary>Ranked full-text search over sections and records, with snippets, paging and optional facet counts.</summary>
public interface IRankedSearch
{
    SearchResults Search(SearchRequest request);
}
