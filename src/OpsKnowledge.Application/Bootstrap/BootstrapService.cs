using OpsKnowledge.Application.Comparison;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Bootstrap;

/// <summary>Builds a new plan skeleton from chosen plans, or from the plans that best match a query.</summary>
public sealed class BootstrapService(IDocumentStore documents, IRankedSearch search, IRecordQueries records)
{
    private readonly PlanSkeletonBuilder _builder = new();

    public BootstrapService(IKnowledgeIndex index)
        : this(index, index, index)
    {
    }

    /// <summary>The documents a bootstrap starts from: those named, else the best matches of the query.</summary>
    public IReadOnlyList<Document> ChoosePlans(IReadOnlyList<string> fromDocs, string? likeQuery, int likeCount = 3)
    {
        var plans = new List<Document>();
        foreach (var id in fromDocs)
        {
            plans.Add(documents.LoadDocument(id) ?? throw new ArgumentException($"no document named '{id}' in the index (see 'opsk docs')"));
        }
        if (!string.IsNullOrWhiteSpace(likeQuery))
        {
            var ids = search.Search(new SearchRequest { Query = likeQuery, Top = 100 }).Hits
                .Select(h => h.Doc).Distinct(StringComparer.Ordinal).Where(id => plans.All(p => p.Id != id)).Take(likeCount);
            foreach (var id in ids)
            {
                if (documents.LoadDocument(id) is { } document) plans.Add(document);
            }
        }
        if (plans.Count == 0) throw new ArgumentException(likeQuery is null ? "choose at least one plan" : $"no plan matches '{likeQuery}'");
        return plans;
    }

    public PlanSkeleton Build(IReadOnlyList<Document> plans, string? title = null)
    {
        var planRecords = new List<Record>();
        foreach (var plan in plans) planRecords.AddRange(records.Records(new RecordFilter { Doc = plan.Id, Top = 20_000 }));
        var options = new PlanSkeletonOptions { Canonicalize = CompareService.Canonicalize };
        if (!string.IsNullOrWhiteSpace(title)) options = options with { Title = title };
        return _builder.Build(plans, planRecords, options);
    }
}
