using Lucene.Net.Search;

namespace OpsKnowledge.Search.Querying;

/// <summary>A search as <see cref="MaxScoreSearch"/> runs it: optional clauses whose scores add up, groups of them of which a hit must match one, and conditions that do not score.</summary>
/// <remarks>The same as a BooleanQuery of these clauses under BM25 (whose coordination factor is 1), kept flat so that each clause's score bound can be used.</remarks>
internal sealed class ScoringPlan
{
    private readonly List<Query> _scoring = [];
    private readonly List<int[]> _requiredAnyOf = [];
    private readonly List<Filter> _required = [];
    private readonly List<Filter> _prohibited = [];

    public IReadOnlyList<Query> Scoring => _scoring;

    /// <summary>Groups of indices into <see cref="Scoring"/>: a hit matches at least one clause of every group (a quoted phrase in the heading or the text).</summary>
    public IReadOnlyList<int[]> RequiredAnyOf => _requiredAnyOf;

    /// <summary>Conditions every hit meets, without score (kind, document, scope, period).</summary>
    public IReadOnlyList<Filter> Required => _required;

    /// <summary>Conditions no hit meets (excluded words, document entries).</summary>
    public IReadOnlyList<Filter> Prohibited => _prohibited;

    public bool IsEmpty => _scoring.Count == 0;

    /// <summary>Adds a scoring clause and returns its index.</summary>
    public int Score(Query query)
    {
        _scoring.Add(query);
        return _scoring.Count - 1;
    }

    public void RequireOneOf(params int[] clauses) => _requiredAnyOf.Add(clauses);

    public void Require(Filter condition) => _required.Add(condition);

    public void Require(Query condition) => _required.Add(new QueryWrapperFilter(condition));

    public void Prohibit(Filter condition) => _prohibited.Add(condition);

    public void Prohibit(Query condition) => _prohibited.Add(new QueryWrapperFilter(condition));

    /// <summary>The plan as one BooleanQuery (for explanations and comparisons: it ranks the same).</summary>
    public BooleanQuery ToQuery()
    {
        var query = new BooleanQuery();
        var grouped = new HashSet<int>(_requiredAnyOf.SelectMany(g => g));
        // Without a required group a hit must match one of the scoring clauses. Added beside MUST conditions as plain SHOULD
        // clauses they would become optional, and every entry meeting the conditions would count as a match.
        var optional = _requiredAnyOf.Count == 0 ? new BooleanQuery() : query;
        for (var i = 0; i < _scoring.Count; i++)
        {
            if (!grouped.Contains(i)) optional.Add(_scoring[i], Occur.SHOULD);
        }
        if (!ReferenceEquals(optional, query) && optional.Clauses.Count > 0) query.Add(optional, Occur.MUST);
        foreach (var group in _requiredAnyOf)
        {
            var any = new BooleanQuery();
            foreach (var i in group) any.Add(_scoring[i], Occur.SHOULD);
            query.Add(any, Occur.MUST);
        }
        foreach (var condition in _required) query.Add(new ConstantScoreQuery(condition) { Boost = 0f }, Occur.MUST);
        foreach (var condition in _prohibited) query.Add(new ConstantScoreQuery(condition), Occur.MUST_NOT);
        return query;
    }
}
