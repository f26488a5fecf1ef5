using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Planning.Tests.Builders;

namespace OpsKnowledge.Planning.Tests.Comparison;

/// <summary>Only commensurable values are set side by side and judged for outliers.</summary>
public sealed class LikeWithLikeTests
{
    private readonly KpiComparer _comparer = new();

    [Fact]
    public void QuarterlyValues_AreNotComparedWithYearlyOnes()
    {
        var records = new[]
        {
            Records.Kpi("甲.txt", "营业收入", 46800, "万元", period: "第一季度"),
            Records.Kpi("甲.txt", "营业收入", 31200, "万元", period: "第二季度"),
            Records.Kpi("甲.txt", "营业收入", 15.6m, "亿元", period: "2026年"),
            Records.Kpi("乙.md", "营业收入", 21000, "万元", period: "2026年"),
            Records.Kpi("丙.txt", "营业收入", 17.4m, "亿元", period: "第1年"),
        };

        var comparison = _comparer.Compare("营业收入", records);

        Assert.Equal(PeriodGrain.Whole, comparison.Spread!.Grain);
        Assert.Equal([156000m, 21000m, 174000m], comparison.Rows.Where(r => r.Comparable).Select(r => r.ConvertedNumber!.Value));
        Assert.All(comparison.Rows.Where(r => r.Grain == PeriodGrain.Quarter), r => Assert.False(r.Comparable));
    }

    [Fact]
    public void BackgroundSectionFigures_AreContext_NotTargets()
    {
        var records = new[]
        {
            Records.Kpi("甲.html", "集团营业收入", 9.6m, "%", period: "2024年", op: null, section: "一、项目背景"),
            Records.Kpi("乙.md", "营业收入", 3, "亿元", period: "2028年"),
        };

        var planOnly = _comparer.Compare("营业收入", records, new CompareOptions { Canonicalize = n => n.EndsWith("营业收入") ? "营业收入" : null });
        var withContext = _comparer.Compare("营业收入", records, new CompareOptions { Canonicalize = n => n.EndsWith("营业收入") ? "营业收入" : null, IncludeReference = true });

        Assert.Equal(["乙.md"], planOnly.Rows.Select(r => r.Doc));
        var background = Assert.Single(withContext.Rows, r => r.Doc == "甲.html");
        Assert.True(background.Context);
        Assert.False(background.Comparable);
        Assert.Equal("亿元", withContext.Spread!.Unit);
    }

    [Fact]
    public void ReferenceFigures_AreShownOnRequest_ButNeverCountInTheSpread()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "客户满意度", 90, "%"),
            Records.Kpi("乙.docx", "客户满意度", 92, "%"),
            Records.Kpi("丙.docx", "客户满意度", 91, "%"),
            Records.Kpi("丙.docx", "客户满意度", 40, "%", period: "行业平均", scope: RecordScope.Reference),
        };

        var comparison = _comparer.Compare("客户满意度", records, new CompareOptions { IncludeReference = true });

        Assert.Equal(3, comparison.Spread!.Count);
        Assert.Empty(comparison.Spread.Outliers);
        var reference = Assert.Single(comparison.Rows, r => r.Scope == RecordScope.Reference);
        Assert.False(reference.Comparable);
        Assert.False(reference.Outlier);
    }

    [Fact]
    public void OnePlanInTwoFormats_CountsOnceInTheSpread()
    {
        // The same sentence at the same offset in a .docx and an .htm is one plan; counted twice it would make 93 the majority.
        var docx = Records.Kpi("园区.docx", "仓储出租率", 93, "%");
        var records = new[]
        {
            docx,
            docx with { Id = "园区.htm#kpi-1", Doc = "园区.htm" },
            Records.Kpi("甲.docx", "仓储出租率", 80, "%"),
            Records.Kpi("乙.docx", "仓储出租率", 82, "%"),
        };

        var comparison = _comparer.Compare("仓储出租率", records);

        Assert.Equal(3, comparison.Spread!.Count);
        Assert.Equal(82m, comparison.Spread.Median);
        Assert.Equal(4, comparison.Rows.Count(r => r.Comparable));
    }

    [Fact]
    public void OnePlansSameValueUnderTwoLabels_CountsOnce()
    {
        var records = new[]
        {
            Records.Kpi("燃气.txt", "营业收入", 15.6m, "亿元", period: "2026年"),
            Records.Kpi("燃气.txt", "营业收入", 156000, "万元", period: "全年"),
            Records.Kpi("冷链.md", "营业收入", 3, "亿元", period: "2028年"),
        };

        var spread = _comparer.Compare("营业收入", records).Spread!;

        Assert.Equal(2, spread.Count);
    }

    [Fact]
    public void DifferentCurrencies_AreKeptApart()
    {
        var records = new[]
        {
            Records.Kpi("港.txt", "管理费收入", 4720, "万港元"),
            Records.Kpi("甲.txt", "管理费收入", 3000, "万元"),
            Records.Kpi("乙.txt", "管理费收入", 0.5m, "亿元"),
        };

        var comparison = _comparer.Compare("管理费收入", records);

        Assert.Equal(("万元", 2), (comparison.Spread!.Unit, comparison.Spread.Count));
        var hongKong = Assert.Single(comparison.Rows, r => r.Doc == "港.txt");
        Assert.Equal(("万港元", false), (hongKong.ConvertedUnit, hongKong.Comparable));
    }

    [Fact]
    public void Direction_FollowsTheCatalogueNamedRecords()
    {
        var records = new[]
        {
            WithDirection(Records.Kpi("甲.md", "库存准确率", 99.8m, "%"), Direction.Down),
            WithDirection(Records.Kpi("乙.md", "库存准确率", 99.5m, "%", canonical: "库存准确率"), Direction.Up),
        };

        Assert.Equal(Direction.Up, _comparer.Compare("库存准确率", records).Direction);
    }

    [Fact]
    public void PlanPairs_HaveNoDifferenceAcrossGrains()
    {
        var records = new[]
        {
            Records.Kpi("甲.txt", "营业收入", 46800, "万元", period: "第一季度"),
            Records.Kpi("乙.md", "营业收入", 21000, "万元", period: "2026年"),
        };

        var pair = Assert.Single(_comparer.ComparePlans("甲.txt", "乙.md", records).Shared);

        Assert.Null(pair.Difference);
    }

    [Theory]
    [InlineData("第一季度", PeriodGrain.Quarter)]
    [InlineData("第一季", PeriodGrain.Quarter)]
    [InlineData("2026Q3", PeriodGrain.Quarter)]
    [InlineData("上半年", PeriodGrain.HalfYear)]
    [InlineData("3月", PeriodGrain.Month)]
    [InlineData("每月", PeriodGrain.Month)]
    [InlineData("2027年6月底", PeriodGrain.Whole)]
    [InlineData("2026年", PeriodGrain.Whole)]
    [InlineData("第2年", PeriodGrain.Whole)]
    [InlineData(null, PeriodGrain.Whole)]
    public void PeriodGrain_IsReadFromThePeriod(string? period, PeriodGrain grain) => Assert.Equal(grain, PeriodGrains.Of(period));

    private static OpsKnowledge.Core.Records.Record WithDirection(OpsKnowledge.Core.Records.Record record, Direction direction) =>
        record with { Details = record.Measure! with { Direction = direction } };
}
