using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.KpiNames;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Search;

namespace OpsKnowledge.Web.Knowledge;

/// <summary>The read-only index plus the comparisons and skeletons the pages and the API build from it.</summary>
/// <remarks>The index is opened read-only and refreshes on each read, so an ingest in another process shows up once it commits.</remarks>
public sealed class KnowledgeSource : IDisposable
{
    // Enough for every KPI and target record of a consultancy's archive; the comparer works in memory.
    private const int AllRecords = 100_000;

    private static readonly Func<string, string?> Canonicalize = name => KpiNameCatalog.Default.Find(name)?.CanonicalName;

    private readonly KpiComparer _comparer = new();
    private readonly PlanSkeletonBuilder _skeletons = new();

    public KnowledgeSource(string indexDirectory)
    {
        Index = KnowledgeIndex.Open(indexDirectory, readOnly: true);
    }

    public KnowledgeIndex Index { get; }

    /// <summary>Every plan-scope KPI and target record (the ones comparisons look at).</summary>
    public IReadOnlyList<Record> ComparableRecords(IReadOnlyCollection<string>? docs = null)
    {
        var records = new List<Record>();
        foreach (var kind in new[] { "kpi", "target" })
        {
            if (docs is { Count: > 0 })
            {
                foreach (var doc in docs) records.AddRange(Index.Records(new RecordFilter { Kind = kind, Doc = doc, Top = AllRecords }));
            }
            else
            {
                records.AddRange(Index.Records(new RecordFilter { Kind = kind, Top = AllRecords }));
            }
        }
        return records;
    }

    public KpiComparison Compare(string name) =>
        _comparer.Compare(name, ComparableRecords(), new CompareOptions { Canonicalize = Canonicalize });

    public PlanComparison ComparePlans(string docA, string docB) =>
        _comparer.ComparePlans(docA, docB, ComparableRecords([docA, docB]), new CompareOptions { Canonicalize = Canonicalize });

    /// <summary>KPIs that at least <paramref name="minDocs"/> documents state, most widely stated first: what is worth comparing.</summary>
    public IReadOnlyList<(string Kpi, int Docs)> SharedKpis(int minDocs = 2)
    {
        return ComparableRecords()
            .Where(r => r.Scope == RecordScope.Plan)
            .Select(r => (Kpi: r.CanonicalName ?? Canonicalize(r.Name), r.Doc))
            .Where(x => x.Kpi is not null)
            .GroupBy(x => x.Kpi!, StringComparer.Ordinal)
            .Select(g => (Kpi: g.Key, Docs: g.Select(x => x.Doc).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Docs >= minDocs)
            .OrderByDescending(x => x.Docs)
            .ThenBy(x => x.Kpi, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The documents a query finds, best first (distinct, at most <paramref name="max"/>): bootstrap's "plans like this".</summary>
    public IReadOnlyList<string> DocsLike(string query, int max)
    {
        var results = Index.Search(new SearchRequest { Query = query, Top = 100 });
        return results.Hits.Select(h => h.Doc).Distinct(StringComparer.Ordinal).Take(max).ToList();
    }

    /// <summary>The skeleton of the named plans; documents no longer in the index are left out, null when none is left.</summary>
    public PlanSkeleton? Skeleton(IReadOnlyList<string> docs)
    {
        var plans = docs.Distinct(StringComparer.Ordinal).Select(Index.LoadDocument).OfType<Core.Model.Document>().ToList();
        if (plans.Count == 0) return null;
        var records = new List<Record>();
        foreach (var plan in plans) records.AddRange(Index.Records(new RecordFilter { Doc = plan.Id, Top = AllRecords }));
        return _skeletons.Build(plans, records, new PlanSkeletonOptions { Canonicalize = Canonicalize });
    }

    public void Dispose() => Index.Dispose();
}
