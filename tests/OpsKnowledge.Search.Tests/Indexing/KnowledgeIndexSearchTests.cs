using OpsKnowledge.Core.Search;
using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Tests.Indexing;

public sealed class KnowledgeIndexSearchTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private readonly KnowledgeIndex _index = fixture.Index;

    [Fact]
    public void SimplifiedQuery_FindsTraditionalText_AndMarksTheOriginal()
    {
        var results = _index.Search(new SearchRequest { Query = "运营效率" });

        var hit = results.Hits.First(h => h.Doc == SampleCorpus.TraditionalId);
        Assert.Equal("section", hit.Kind);
        Assert.Equal("一 實施背景", hit.Section);
        Assert.Contains(hit.Highlights, h => hit.Snippet[h.Start..h.End] == "運營效率");
    }

    [Fact]
    public void TraditionalQuery_FindsSimplifiedText()
    {
        var results = _index.Search(new SearchRequest { Query = "基礎運營服務" });

        Assert.Equal(SampleCorpus.SimplifiedId, results.Hits[0].Doc);
        Assert.Equal("1 项目背景", results.Hits[0].Section);
    }

    [Fact]
    public void FullWidthQuery_FindsHalfWidthAndTheReverse()
    {
        var full = _index.Search(new SearchRequest { Query = "ＫＰＩ考核" });
        var half = _index.Search(new SearchRequest { Query = "kpi 考核" });

        Assert.Equal("三 ＫＰＩ考核", full.Hits[0].Section);
        Assert.Equal("三 ＫＰＩ考核", half.Hits[0].Section);
        Assert.Equal(2, half.Hits[0].Page);
    }

    [Fact]
    public void KpiName_RanksTheKpiRecordsFirst()
    {
        var results = _index.Search(new SearchRequest { Query = "客户满意度" });

        Assert.Equal("kpi", results.Hits[0].Kind);
        Assert.Equal("客户满意度", results.Hits[0].Record!.Measure!.CanonicalName);
        Assert.NotNull(results.Hits[0].RecordId);
    }

    [Theory]
    [InlineData("客户满意度目标", "客户满意度")]
    [InlineData("订单履约率", "订单履约率")]
    [InlineData("客戶滿意度", "客户满意度")]
    public void QueryNamingAKpi_RanksThatKpiFirst(string query, string name)
    {
        var results = _index.Search(new SearchRequest { Query = query });

        Assert.Equal("kpi", results.Hits[0].Kind);
        Assert.Equal(name, results.Hits[0].Record!.Measure!.CanonicalName ?? results.Hits[0].Record!.Name);
    }

    [Fact]
    public void QueryNotNamingAKpi_RanksSectionsFirst()
    {
        var results = _index.Search(new SearchRequest { Query = "应急预案" });

        Assert.Equal("section", results.Hits[0].Kind);
    }

    [Fact]
    public void QuotedPhrase_AcrossWordBoundaries_IsFoundThroughBigrams()
    {
        // The dictionary splits 客户满意度 as 客户|满意|度: "户满意" is no word sequence, but it is a bigram sequence.
        Assert.DoesNotContain("户满", TokenizedWords("客户满意度"));

        var results = _index.Search(new SearchRequest { Query = "\"户满意\"" });

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Contains("户满意", ChineseTextFolder.Fold(h.Snippet)));
    }

    [Fact]
    public void QuotedPhrase_RequiresTheWordsTogether()
    {
        var results = _index.Search(new SearchRequest { Query = "\"投诉处理\"" });

        var hit = Assert.Single(results.Hits);
        Assert.Equal("二 服務品質", hit.Section);
    }

    [Fact]
    public void Exclusion_RemovesEntriesWithTheTerm()
    {
        var all = _index.Search(new SearchRequest { Query = "满意度", Top = 50 });
        var without = _index.Search(new SearchRequest { Query = "满意度 -投诉", Top = 50 });

        Assert.Contains(all.Hits, h => h.Section == "二 服務品質" && h.Kind == "section");
        Assert.DoesNotContain(without.Hits, h => h.Section == "二 服務品質" && h.Kind == "section");
        Assert.True(without.TotalHits < all.TotalHits);
    }

    [Fact]
    public void SeveralTerms_RankEntriesMatchingMoreOfThemFirst()
    {
        var results = _index.Search(new SearchRequest { Query = "供应链 人员流失 应急预案" });

        Assert.Equal("3 风险管理", results.Hits[0].Section);
    }

    [Theory]
    [InlineData("section", "section")]
    [InlineData("kpi", "kpi")]
    [InlineData("risk", "risk")]
    public void KindFilter_KeepsOnlyThatKind(string kind, string expected)
    {
        var results = _index.Search(new SearchRequest { Query = "满意度 供应链 运营", Kind = EntryKindFilter.Parse(kind), Top = 50 });

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(expected, h.Kind));
    }

    [Fact]
    public void RecordKindFilter_KeepsEveryRecordKind()
    {
        var results = _index.Search(new SearchRequest { Query = "满意度 供应链 坪效", Kind = EntryKindFilter.Parse("record"), Top = 50 });

        Assert.Equal(["kpi", "risk", "target"], results.Hits.Select(h => h.Kind).Distinct().Order().ToArray());
    }

    [Fact]
    public void DocScopeAndPeriodFilters_Apply()
    {
        var inDoc = _index.Search(new SearchRequest { Query = "满意度", Doc = SampleCorpus.TraditionalId, Top = 50 });
        var reference = _index.Search(new SearchRequest { Query = "满意度", Scope = "reference", Top = 50 });
        var period = _index.Search(new SearchRequest { Query = "满意度 履约率", Period = "2026", Top = 50 });

        Assert.All(inDoc.Hits, h => Assert.Equal(SampleCorpus.TraditionalId, h.Doc));
        Assert.Equal("85%", Assert.Single(reference.Hits).Record!.Measure!.Value);
        Assert.Equal(2, period.Hits.Count);
        Assert.All(period.Hits, h => Assert.Equal("2026年", h.Record!.Period));
    }

    [Fact]
    public void Hits_PointAtTheirSpanInTheDocumentText()
    {
        var document = _index.LoadDocument(SampleCorpus.SimplifiedId)!;
        var results = _index.Search(new SearchRequest { Query = "坪效", Doc = SampleCorpus.SimplifiedId, Top = 50 });

        var target = results.Hits.Single(h => h.Kind == "target");
        Assert.Equal("第一年门店坪效提升15%", document.Text[target.Start..target.End]);
        var section = results.Hits.Single(h => h.Kind == "section");
        Assert.StartsWith("2.1 总体目标", document.Text[section.Start..section.End]);
    }

    [Fact]
    public void TextBeforeTheFirstHeading_IsSearchable()
    {
        var results = _index.Search(new SearchRequest { Query = "董事会审议" });

        Assert.Equal(SampleCorpus.SimplifiedId, results.Hits[0].Doc);
        Assert.Equal("", results.Hits[0].Section);
    }

    [Fact]
    public void HitCount_OnASmallIndex_IsExactWhateverTheTop()
    {
        var one = _index.Search(new SearchRequest { Query = "满意度 运营", Top = 1 });
        var all = _index.Search(new SearchRequest { Query = "满意度 运营", Top = 1000 });

        Assert.False(one.TotalHitsIsLowerBound);
        Assert.Equal(all.Hits.Count, one.TotalHits);
    }

    [Fact]
    public void EmptyOrPunctuationQuery_FindsNothing()
    {
        Assert.Empty(_index.Search(new SearchRequest { Query = "" }).Hits);
        Assert.Empty(_index.Search(new SearchRequest { Query = "，。" }).Hits);
    }

    [Fact]
    public void ConcurrentSearches_AllSucceed()
    {
        var counts = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => _index.Search(new SearchRequest { Query = i % 2 == 0 ? "运营效率" : "滿意度" }).TotalHits)
            .ToList();

        Assert.All(counts, c => Assert.True(c > 0));
    }

    private static IReadOnlyList<string> TokenizedWords(string text) =>
        Analysis.TokenReader.Read(new ChineseAnalyzer(), text).Select(t => t.Term).ToList();
}
