using Lucene.Net.Index;
using Lucene.Net.Search;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search.Querying;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Kind, document, scope and period conditions as Lucene queries and filters, shared by record listings and ranked search.</summary>
internal sealed class EntryFilters(SearchQueryBuilder queries)
{
    private readonly KindFilters _kinds = new();

    /// <summary>Adds the request's kind, document, scope and period conditions to the plan; they do not score.</summary>
    public void Restrict(ScoringPlan plan, SearchRequest request)
    {
        var kinds = EntryKinds.Expand(request.Kind);
        if (kinds.Count == EntryKinds.Searchable.Length && EntryKinds.Searchable.All(kinds.Contains))
        {
            // Every kind but the document entries: excluding those few is a cheap check per hit, where requiring any of the
            // other kinds would walk almost every entry of the index.
            plan.Prohibit(_kinds.Of(EntryKinds.Document));
        }
        else
        {
            plan.Require(_kinds.AnyOf(kinds));
        }
        foreach (var condition in Conditions(request.Doc, request.Scope, request.Period)) plan.Require(condition);
    }

    /// <summary>Kind, document, scope and period filters as required clauses that do not score.</summary>
    public BooleanQuery Filters(EntryKindFilter? kind, string? doc, string? scope, string? period)
    {
        var query = new BooleanQuery();
        var kinds = new BooleanQuery();
        foreach (var k in EntryKinds.Expand(kind)) kinds.Add(new TermQuery(new Term(IndexFields.Kind, k)), Occur.SHOULD);
        query.Add(NoScore(kinds), Occur.MUST);
        foreach (var condition in Conditions(doc, scope, period)) query.Add(NoScore(condition), Occur.MUST);
        return query;
    }

    /// <summary>The document, scope and period conditions a search or a record listing asks for (each only when given).</summary>
    private IEnumerable<Query> Conditions(string? doc, string? scope, string? period)
    {
        if (!string.IsNullOrWhiteSpace(doc)) yield return new TermQuery(new Term(IndexFields.Doc, doc));
        if (!string.IsNullOrWhiteSpace(scope)) yield return new TermQuery(new Term(IndexFields.Scope, scope.Trim().ToLowerInvariant()));
        if (!string.IsNullOrWhiteSpace(period)) yield return queries.Period(period);
    }

    private static ConstantScoreQuery NoScore(Query query) => new(query) { Boost = 0f };
}
