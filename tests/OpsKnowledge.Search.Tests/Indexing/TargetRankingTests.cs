using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>A query asking for a target ranks the plan's own commitments before the review of past results that repeats the words.</summary>
public sealed class TargetRankingTests : IDisposable
{
    private const string Doc = "区政府工作报告.txt";
    private readonly TempIndexFolder _folder = new();
    private readonly KnowledgeIndex _index;

    public TargetRankingTests()
    {
        // The review repeats the indicator more often than the year's targets: on the wording alone it would rank first.
        var builder = new TestDocumentBuilder(Doc, "txt")
            .Title("区政府工作报告")
            .Heading(1, "一、", "2025年工作回顾")
            .Paragraph("社会消费品零售总额完成159亿元，社会消费品零售总额增长6.9%，社会消费品零售总额连续三年增长，完成了年度目标。")
            .Heading(1, "二、", "2026年工作安排")
            .Paragraph("主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长7%，单位地区生产总值能耗降低2%。");
        builder
            .Record(RecordKind.Target, "社会消费品零售总额", "社会消费品零售总额完成159亿元", value: "159亿元", scope: RecordScope.Reference)
            .Record(RecordKind.Kpi, "社会消费品零售总额", "社会消费品零售总额增长6.9%", value: "增长6.9%", scope: RecordScope.Reference)
            .Record(RecordKind.Kpi, "地区生产总值", "地区生产总值增长6%左右", value: "增长6%左右")
            .Record(RecordKind.Kpi, "社会消费品零售总额", "社会消费品零售总额增长7%", value: "增长7%")
            .Record(RecordKind.Kpi, "单位地区生产总值能耗", "单位地区生产总值能耗降低2%", value: "降低2%");
        _index = KnowledgeIndex.Open(_folder.Path);
        _index.Upsert(builder.Build(), builder.Records);
        _index.Commit();
    }

    [Theory]
    [InlineData("社会消费品零售总额增长目标")]
    [InlineData("社會消費品零售總額預期目標")]
    public void TargetQuery_RanksThePlansOwnCommitmentFirst(string query)
    {
        var hits = _index.Search(new SearchRequest { Query = query, Top = 3 }).Hits;

        var first = hits[0];
        Assert.True(first.Record?.Scope == RecordScope.Plan || first.Section.Contains("2026年工作安排", StringComparison.Ordinal),
            $"first hit: {first.Section} {first.Record?.Name} {first.Record?.Scope}");
        Assert.Contains("7%", first.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorQuery_WithoutAskingForTarget_StillFindsTheReview()
    {
        var hits = _index.Search(new SearchRequest { Query = "社会消费品零售总额", Top = 10 }).Hits;

        Assert.Contains(hits, h => h.Record?.Scope == RecordScope.Reference);
    }

    [Fact]
    public void Abbreviation_FindsTheFullWording()
    {
        var hits = _index.Search(new SearchRequest { Query = "单位GDP能耗", Top = 3 }).Hits;

        Assert.NotEmpty(hits);
        Assert.Contains("单位地区生产总值能耗", hits[0].Snippet, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
