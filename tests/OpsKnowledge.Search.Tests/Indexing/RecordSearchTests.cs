using OpsKnowledge.Core.Records;
using Record = OpsKnowledge.Core.Records.Record;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>How records are found: by their own fields and name, by synonyms and canonical names, and how exclusions apply to their evidence.</summary>
public sealed class RecordSearchTests : IDisposable
{
    private const string Doc = "仓储运营计划.md";
    private readonly TempIndexFolder _folder = new();
    private readonly KnowledgeIndex _index;

    public RecordSearchTests()
    {
        var builder = new TestDocumentBuilder(Doc)
            .Title("仓储运营计划")
            .Heading(1, "一", "服务目标")
            .Paragraph("客户满意度达到92分，客户满意率不低于95%，员工流失率控制在8%以内。")
            .Heading(1, "二", "风险应对")
            .Paragraph("旺季爆仓是主要风险，医药客户审计要求高。");
        builder
            .Record(RecordKind.Kpi, "客户满意度", "客户满意度达到92分", value: "92分", canonicalName: "客户满意度")
            .Record(RecordKind.Kpi, "客户满意率", "客户满意率不低于95%", value: "95%", canonicalName: "客户满意度")
            .Record(RecordKind.Kpi, "员工流失率", "员工流失率控制在8%以内", value: "8%以内", canonicalName: "员工流失率")
            .Record(RecordKind.Risk, "旺季爆仓", "旺季爆仓是主要风险，医药客户审计要求高");
        var records = builder.Records.Select(r => r.Kind == RecordKind.Risk
            ? r with { Details = new RiskDetails { Description = "库容不足导致延误", Mitigation = "租用临时冷库" } }
            : r).ToList();
        _index = KnowledgeIndex.Open(_folder.Path, options: new KnowledgeIndexOptions { Synonyms = Synonyms });
        _index.Upsert(builder.Build(), records);
        _index.Commit();
    }

    [Fact]
    public void Record_IsFoundByItsOwnFields()
    {
        var hits = _index.Search(new SearchRequest { Query = "临时冷库", Kind = EntryKindFilter.Parse("risk") }).Hits;

        Assert.Equal("旺季爆仓", Assert.Single(hits).Record!.Name);
    }

    [Fact]
    public void Record_IsNotFoundByWhatItsEvidenceSaysOfOthers()
    {
        // 医药客户审计 is in the risk's sentence but is not what the risk is.
        Assert.Empty(_index.Search(new SearchRequest { Query = "医药客户审计", Kind = EntryKindFilter.Parse("risk") }).Hits);
        Assert.Contains(_index.Search(new SearchRequest { Query = "医药客户审计" }).Hits, h => h.Kind == "section");
    }

    [Fact]
    public void RecordHit_ShowsItsEvidenceAsTheSnippet()
    {
        var hit = _index.Search(new SearchRequest { Query = "临时冷库", Kind = EntryKindFilter.Parse("risk") }).Hits[0];

        Assert.Equal("旺季爆仓是主要风险，医药客户审计要求高", hit.Snippet);
    }

    [Fact]
    public void SynonymOfTheQuery_IsFound()
    {
        var hits = _index.Search(new SearchRequest { Query = "员工离职率", Kind = EntryKindFilter.Parse("kpi") }).Hits;

        Assert.Equal("员工流失率", Assert.Single(hits).Record!.Name);
    }

    [Fact]
    public void RecordWordedDifferently_RanksBelowTheWordingTyped()
    {
        var hits = _index.Search(new SearchRequest { Query = "客户满意度", Kind = EntryKindFilter.Parse("kpi") }).Hits;

        Assert.Equal(["客户满意度", "客户满意率"], hits.Select(h => h.Record!.Name).ToArray());
    }

    [Fact]
    public void NameFilter_FindsRecordsByCanonicalName()
    {
        var names = _index.Records(new RecordFilter { Name = "客户满意度" }).Select(r => r.Name).Order().ToArray();

        Assert.Equal(["客户满意度", "客户满意率"], names);
    }

    [Fact]
    public void Exclusion_DropsRecordsWhoseEvidenceHasTheWording()
    {
        var all = _index.Search(new SearchRequest { Query = "旺季爆仓", Kind = EntryKindFilter.Parse("risk") }).Hits;
        var without = _index.Search(new SearchRequest { Query = "旺季爆仓 -医药", Kind = EntryKindFilter.Parse("risk") });

        Assert.Single(all);
        Assert.Empty(without.Hits);
        Assert.Equal(0, without.TotalHits);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private static IReadOnlyList<string> Synonyms(string text) => text switch
    {
        "员工离职率" => ["员工流失率"],
        "员工流失率" => ["员工离职率"],
        "客户满意度" => ["客户满意率"],
        "客户满意率" => ["客户满意度"],
        _ => [],
    };
}
