using OpsKnowledge.Application.Bootstrap;
using OpsKnowledge.Application.Comparison;
using OpsKnowledge.Application.Documents;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application.Records;
using OpsKnowledge.Application.Search;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Web.Knowledge;

/// <summary>The read-only index's application services (documents, records, search, comparison, bootstrap) for the pages and the API.</summary>
/// <remarks>The index is opened read-only and refreshes on each read, so an ingest in another process shows up once it commits.</remarks>
public sealed class KnowledgeSource : IDisposable
{
    // Enough for every KPI and target record of a consultancy's archive when listing what is worth comparing.
    private const int AllRecords = 100_000;

    private readonly IKnowledgeIndex _index;
    private readonly CompareService _compare;
    private readonly BootstrapService _bootstrap;

    public KnowledgeSource(string indexDirectory)
    {
        _index = KnowledgeIndexes.Open(indexDirectory);
        _compare = new CompareService(_index);
        _bootstrap = new BootstrapService(_index);
        Documents = new DocumentService(_index);
        Records = new RecordService(_index);
        Search = new SearchService(_index);
    }

    public DocumentService Documents { get; }

    public RecordService Records { get; }

    public SearchService Search { get; }

    public KpiComparison Compare(string name) => _compare.Compare(name);

    public PlanComparison ComparePlans(string docA, string docB) => _compare.ComparePlans(docA, docB);

    /// <summary>KPIs that at least <paramref name="minDocs"/> documents state as their own, most widely stated first: what is worth comparing.</summary>
    public IReadOnlyList<(string Kpi, int Docs)> SharedKpis(int minDocs = 2)
    {
        return Records.Measures(AllRecords, scope: "plan")
            .Where(r => r.Scope == RecordScope.Plan)
            .Select(r => (Kpi: r.Measure?.CanonicalName ?? CompareService.Canonicalize(r.Name), r.Doc))
            .Where(x => x.Kpi is not null)
            .GroupBy(x => x.Kpi!, StringComparer.Ordinal)
            .Select(g => (Kpi: g.Key, Docs: g.Select(x => x.Doc).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Docs >= minDocs)
            .OrderByDescending(x => x.Docs)
            .ThenBy(x => x.Kpi, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The skeleton of the named plans plus those like the query; null with the reason when a plan is unknown or nothing matches.</summary>
    public PlanSkeleton? Skeleton(IReadOnlyList<string> docs, string? like, int likeCount, out IReadOnlyList<string> chosen, out string? error)
    {
        chosen = docs;
        try
        {
            var plans = _bootstrap.ChoosePlans(docs, like, likeCount);
            chosen = plans.Select(p => p.Id).ToList();
            error = null;
            return _bootstrap.Build(plans);
        }
        catch (ArgumentException ex)
        {
            // Unknown documents and queries that match nothing: the user's input, not a bug.
            error = ex.Message;
            return null;
        }
    }

    public void Dispose() => _index.Dispose();
}
