using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Planning.Tests.Builders;

namespace OpsKnowledge.Planning.Tests.Comparison;

public sealed class KpiComparerTests
{
    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["客户满意度"] = "客户满意度",
        ["顾客满意度"] = "客户满意度",
        ["用户满意率"] = "客户满意度",
        ["营业收入"] = "营业收入",
        ["营收"] = "营业收入",
        ["销售收入"] = "营业收入",
        ["响应时间"] = "响应时间",
        ["故障响应时间"] = "响应时间",
    };

    private static readonly CompareOptions WithSynonyms = new()
    {
        Canonicalize = name => Synonyms.TryGetValue(name.Replace(" ", "", StringComparison.Ordinal), out var c) ? c : null,
    };

    private readonly KpiComparer _comparer = new();

    [Theory]
    [InlineData("客户满意度")]
    [InlineData("顾客满意度")]
    [InlineData("用户 满意率")]
    [InlineData("客户满意度　")]
    public void Synonyms_ResolveToOneKpi(string asked)
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "顾客满意度", 90, "%"),
            Records.Kpi("乙.docx", "客户满意度", 92, "%"),
            Records.Kpi("丙.pdf", "用户满意率", 95, "％"),
            Records.Kpi("丁.pdf", "员工满意度", 80, "%"),
        };

        var comparison = _comparer.Compare(asked, records, WithSynonyms);

        Assert.Equal("客户满意度", comparison.Kpi);
        Assert.Equal(["甲.docx", "乙.docx", "丙.pdf"], comparison.Rows.Select(r => r.Doc));
        Assert.All(comparison.Rows, r => Assert.Equal("客户满意度", r.Kpi));
        Assert.All(comparison.Rows, r => Assert.Equal("%", r.ConvertedUnit));
    }

    [Fact]
    public void ExtractorCanonicalName_MatchesWithoutCanonicalizer()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "全年顾客满意度", 90, "%", canonical: "客户满意度"),
            Records.Kpi("乙.docx", "客户满意度", 92, "%"),
        };

        var comparison = _comparer.Compare("客户满意度", records);

        Assert.Equal(2, comparison.Rows.Count);
        Assert.Equal("全年顾客满意度", comparison.Rows[0].Name);
    }

    [Fact]
    public void FullWidthAndSpaces_AreIgnoredInNames()
    {
        var records = new[] { Records.Kpi("甲.docx", "ＮＰＳ 净推荐值", 40, "分") };

        Assert.Single(_comparer.Compare("NPS净推荐值", records).Rows);
    }

    [Theory]
    [InlineData("亿元", 1.2, "万元", 12000, "1.2亿元 → 12000万元")]
    [InlineData("元", 5000000, "万元", 500, "5000000元 → 500万元")]
    [InlineData("千元", 800, "万元", 80, "800千元 → 80万元")]
    public void Money_ConvertsToTheMostFrequentUnit(string unit, double number, string common, double expected, string note)
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "营业收入", 8000, "万元"),
            Records.Kpi("乙.docx", "营收", (decimal)number, unit),
            Records.Kpi("丙.docx", "销售收入", 9500, "万元"),
        };

        var comparison = _comparer.Compare("营业收入", records, WithSynonyms);

        var converted = comparison.Rows.Single(r => r.Doc == "乙.docx");
        Assert.Equal(common, converted.ConvertedUnit);
        Assert.Equal((decimal)expected, converted.ConvertedNumber);
        Assert.Equal(note, converted.Conversion);
        Assert.All(comparison.Rows.Where(r => r.Doc != "乙.docx"), r => Assert.Null(r.Conversion));
        Assert.Equal(["万元"], comparison.CommonUnits);
    }

    [Fact]
    public void Durations_ConvertBetweenMinutesAndHours()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "故障响应时间", 2, "小时", op: RecordOperator.AtMost),
            Records.Kpi("乙.docx", "响应时间", 30, "分钟", op: RecordOperator.AtMost),
            Records.Kpi("丙.docx", "响应时间", 1.5m, "小时", op: RecordOperator.AtMost),
        };

        var comparison = _comparer.Compare("响应时间", records, WithSynonyms);

        var minutes = comparison.Rows.Single(r => r.Doc == "乙.docx");
        Assert.Equal("小时", minutes.ConvertedUnit);
        Assert.Equal(0.5m, minutes.ConvertedNumber);
        Assert.Equal("30分钟 → 0.5小时", minutes.Conversion);
        Assert.Equal(0.5m, comparison.Spread!.Min);
        Assert.Equal(1.5m, comparison.Spread.Median);
        Assert.Equal(2m, comparison.Spread.Max);
    }

    [Fact]
    public void PercentagePoints_StaySeparateFromPercent()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "市场占有率", 15, "%"),
            Records.Kpi("乙.docx", "市场占有率", 2, "个百分点", op: RecordOperator.IncreaseBy),
            Records.Kpi("丙.docx", "市场占有率", 18, "%"),
        };

        var comparison = _comparer.Compare("市场占有率", records);

        var points = comparison.Rows.Single(r => r.Doc == "乙.docx");
        Assert.Equal("个百分点", points.ConvertedUnit);
        Assert.Null(points.Conversion);
        Assert.False(points.Comparable);
        Assert.Equal("%", comparison.Spread!.Unit);
        Assert.Equal(2, comparison.Spread.Count);
    }

    [Theory]
    [InlineData(new[] { 90.0, 92, 93, 95, 60 }, "1.5×IQR", new[] { "D4" })]
    [InlineData(new[] { 90.0, 92, 93, 95, 96 }, "1.5×IQR", new string[0])]
    [InlineData(new[] { 95.0, 95, 95, 96 }, "1.5×IQR", new string[0])]
    [InlineData(new[] { 95.0, 96, 50 }, "3×median distance", new[] { "D2" })]
    [InlineData(new[] { 90.0, 95, 98 }, "3×median distance", new string[0])]
    [InlineData(new[] { 10.0, 1000 }, "none: fewer than 3 values", new string[0])]
    public void Spread_FlagsOutliers(double[] values, string rule, string[] outlierDocs)
    {
        var records = values.Select((v, i) => Records.Kpi($"D{i}", "服务准时率", (decimal)v, "%")).ToArray();

        var comparison = _comparer.Compare("服务准时率", records);

        Assert.Equal(rule, comparison.Spread!.Rule);
        Assert.Equal((decimal)values.Min(), comparison.Spread.Min);
        Assert.Equal((decimal)values.Max(), comparison.Spread.Max);
        Assert.Equal(outlierDocs, comparison.Spread.Outliers);
        Assert.Equal(outlierDocs, comparison.Rows.Where(r => r.Outlier).Select(r => r.Doc));
        Assert.All(comparison.Rows, r => Assert.True(r.Comparable));
    }

    [Fact]
    public void Median_OfEvenCount_IsTheMeanOfTheMiddleTwo()
    {
        var records = new[] { 1m, 2m, 3m, 10m }.Select((v, i) => Records.Kpi($"D{i}", "续约率", v, "%")).ToArray();

        Assert.Equal(2.5m, _comparer.Compare("续约率", records).Spread!.Median);
    }

    [Fact]
    public void Ranges_CountAsTheirMidpointAndConvert()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "营业收入", 1, "亿元", numberTo: 1.2m, op: RecordOperator.Range),
            Records.Kpi("乙.docx", "营业收入", 9000, "万元"),
            Records.Kpi("丙.docx", "营业收入", 9500, "万元"),
        };

        var comparison = _comparer.Compare("营业收入", records);

        var range = comparison.Rows[0];
        Assert.Equal("1-1.2亿元 → 10000-12000万元", range.Conversion);
        Assert.Equal(9500m, comparison.Spread!.Median);
        Assert.Equal(11000m, comparison.Spread.Max);
    }

    [Fact]
    public void Scope_DefaultsToPlan_ReferenceOnRequest()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "客户满意度", 90, "%"),
            Records.Kpi("甲.docx", "客户满意度", 98, "%", period: "行业标杆", scope: RecordScope.Reference),
            Records.Kpi("乙.docx", "客户满意度", 85, "%", scope: RecordScope.Reference),
        };

        var planOnly = _comparer.Compare("客户满意度", records);
        var withReference = _comparer.Compare("客户满意度", records, new CompareOptions { IncludeReference = true });

        Assert.Equal([RecordScope.Plan], planOnly.Rows.Select(r => r.Scope));
        Assert.Equal(3, withReference.Rows.Count);
    }

    [Fact]
    public void OneRowPerDocumentAndPeriod_KeepsTheBestRecord()
    {
        var records = new[]
        {
            Records.Kpi("甲.docx", "客户满意度", null, null, value: "显著提升", period: "2026年"),
            Records.Kpi("甲.docx", "客户满意度", 90, "%", period: "2026年", table: 2),
            Records.Kpi("甲.docx", "客户满意度", 92, "%", period: "2027年"),
            Records.Kpi("乙.docx", "客户满意度", 88, "%", period: "2026年"),
        };

        var comparison = _comparer.Compare("客户满意度", records, new CompareOptions { Docs = ["甲.docx"] });

        Assert.Equal([("2026年", 90m), ("2027年", 92m)], comparison.Rows.Select(r => (r.Period!, r.Number!.Value)));
        Assert.Equal(1, comparison.Rows[0].Duplicates);
    }

    [Fact]
    public void Rows_SerializeWithDocCamelCaseAndEnumStrings()
    {
        var records = new[] { Records.Kpi("甲.docx", "营收", 1.2m, "亿元", period: "2026年") };

        var json = OpsJson.Serialize(_comparer.Compare("营收", records, WithSynonyms).Rows[0]);

        Assert.Contains("\"doc\":\"甲.docx\"", json);
        Assert.Contains("\"kpi\":\"营业收入\"", json);
        Assert.Contains("\"op\":\"atLeast\"", json);
        Assert.Contains("\"scope\":\"plan\"", json);
        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("\"outlier\"", json);
    }

    [Fact]
    public void UnknownKpi_GivesNoRowsAndNoSpread()
    {
        var comparison = _comparer.Compare("不存在的指标", [Records.Kpi("甲.docx", "客户满意度", 90, "%")]);

        Assert.Empty(comparison.Rows);
        Assert.Null(comparison.Spread);
    }
}
