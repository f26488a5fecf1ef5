using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>Facet counts beside a search: each is exactly the total the search shows with that value chosen, under the other filters.</summary>
public sealed class SearchFacetTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly KnowledgeIndex _index;

    public SearchFacetTests()
    {
        _index = KnowledgeIndex.Open(_folder.Path);
        var a = new TestDocumentBuilder("a.md")
            .Title("冷链运营方案")
            .Heading(1, "一", "服务目标")
            .Paragraph("客户满意度达到92分，准时率达到98%。")
            .Heading(1, "二", "行业参考")
            .Paragraph("行业平均客户满意度为85分。")
            .Heading(1, "三", "风险")
            .Paragraph("客户满意度下滑是主要风险。");
        a.Record(RecordKind.Kpi, "客户满意度", "客户满意度达到92分，准时率达到98%。", value: "92分")
            .Record(RecordKind.Kpi, "准时率", "客户满意度达到92分，准时率达到98%。", value: "98%")
            .Record(RecordKind.Kpi, "客户满意度", "行业平均客户满意度为85分。", value: "85分", scope: RecordScope.Reference)
            .Record(RecordKind.Risk, "客户满意度下滑", "客户满意度下滑是主要风险。");
        _index.Upsert(a.Build("hash-a"), a.Records);
        var b = new TestDocumentBuilder("b.md")
            .Title("仓储运营方案")
            .Heading(1, "一", "目标")
            .Paragraph("客户满意度不低于90分。");
        b.Record(RecordKind.Target, "客户满意度", "客户满意度不低于90分。", value: "90分");
        _index.Upsert(b.Build("hash-b"), b.Records);
        _index.Commit();
    }

    public static TheoryData<string?, string?, string?> Filters => new()
    {
        { null, null, null },
        { "kpi", null, null },
        { null, "a.md", null },
        { null, null, "plan" },
        { "record", "a.md", "reference" },
    };

    [Theory, MemberData(nameof(Filters))]
    public void EveryFacetCount_IsTheTotalWithThatValueChosen(string? kind, string? doc, string? scope)
    {
        var request = new SearchRequest { Query = "客户满意度", Kind = EntryKindFilter.Parse(kind), Doc = doc, Scope = scope, WithFacets = true };
        var facets = _index.Search(request).Facets!;

        Assert.False(facets.IsLowerBound);
        Assert.NotEmpty(facets.Docs);
        foreach (var count in facets.Kinds) Assert.Equal(Total(request with { Kind = EntryKindFilter.Parse(count.Value) }), count.Count);
        foreach (var count in facets.Docs) Assert.Equal(Total(request with { Doc = count.Value }), count.Count);
        foreach (var count in facets.Scopes) Assert.Equal(Total(request with { Scope = count.Value }), count.Count);
    }

    [Fact]
    public void Counts_AreTheHitsAsShown()
    {
        var facets = _index.Search(new SearchRequest { Query = "客户满意度", WithFacets = true }).Facets!;

        // a.md: three sections, the row stating two KPIs (one hit), the reference KPI, the risk; b.md: its section and target.
        // Records: the row, the reference KPI, the risk and b.md's target.
        Assert.Equal([new FacetCount("a.md", 6), new FacetCount("b.md", 2)], facets.Docs);
        Assert.Equal(4, facets.Kinds.Single(k => k.Value == "record").Count);
        Assert.Equal(4, facets.Kinds.Single(k => k.Value == "section").Count);
        Assert.Equal([new FacetCount("plan", 3), new FacetCount("reference", 1)], facets.Scopes);
    }

    [Fact]
    public void Facets_AreOnlyCountedWhenAsked() => Assert.Null(_index.Search(new SearchRequest { Query = "客户满意度" }).Facets);

    private int Total(SearchRequest request) => _index.Search(request with { WithFacets = false }).TotalHits;

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
