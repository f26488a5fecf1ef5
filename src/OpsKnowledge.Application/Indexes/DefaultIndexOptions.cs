using OpsKnowledge.Extract.KpiNames;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Indexes;

/// <summary>The index options the front ends use: query words are widened to the KPI catalog's synonyms (员工离职率 finds 员工流失率).</summary>
public static class DefaultIndexOptions
{
    public static KnowledgeIndexOptions Instance { get; } = new() { Synonyms = KpiSynonyms };

    /// <summary>The other names of the indicator this text names exactly; empty when it names none.</summary>
    public static IReadOnlyList<string> KpiSynonyms(string text)
    {
        if (KpiNameCatalog.Default.FindExact(text) is not { } kpi) return [];
        var key = KpiNameCatalog.Key(text);
        return [.. kpi.Synonyms.Prepend(kpi.CanonicalName).Where(name => KpiNameCatalog.Key(name) != key)];
    }
}
