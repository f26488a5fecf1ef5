using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.KpiNames;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Comparison;

/// <summary>KPI comparison over the index: one KPI across plans, or two plans side by side. Synonyms resolve through the KPI name catalog.</summary>
public sealed class CompareService(IRecordQueries records, IDocumentStore documents)
{
    private const int MaxRecords = 20_000;
    private readonly KpiComparer _comparer = new();

    public CompareService(IKnowledgeIndex index)
        : this(index, index)
    {
    }

    public KpiComparison Compare(string name, IReadOnlyList<string>? docs = null, bool includeReference = false)
    {
        var named = records.Records(new RecordFilter { Name = name, Top = MaxRecords });
        return _comparer.Compare(name, named, Options(docs, includeReference));
    }

    public PlanComparison ComparePlans(string docA, string docB, bool includeReference = false)
    {
        var both = RecordsOf(docA).Concat(RecordsOf(docB)).ToList();
        return _comparer.ComparePlans(docA, docB, both, Options(null, includeReference));
    }

    /// <summary>The canonical KPI name for a wording, or null when the catalog does not know it.</summary>
    public static string? Canonicalize(string name) => KpiNameCatalog.Default.Find(name)?.CanonicalName;

    private IReadOnlyList<Record> RecordsOf(string doc)
    {
        if (documents.ContentHashOf(doc) is null) throw new ArgumentException($"no document named '{doc}' in the index");
        return records.Records(new RecordFilter { Doc = doc, Top = MaxRecords });
    }

    private static CompareOptions Options(IReadOnlyList<string>? docs, bool includeReference) => new()
    {
        Canonicalize = Canonicalize,
        IncludeReference = includeReference,
        Docs = docs ?? [],
    };
}
