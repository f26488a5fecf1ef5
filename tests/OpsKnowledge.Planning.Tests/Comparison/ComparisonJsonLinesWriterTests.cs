using System.Text.Json;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Planning.Tests.Builders;

namespace OpsKnowledge.Planning.Tests.Comparison;

public sealed class ComparisonJsonLinesWriterTests
{
    private readonly KpiComparer _comparer = new();

    [Fact]
    public void KpiComparison_IsOneObjectPerRow_EachWithDoc()
    {
        var comparison = _comparer.Compare("营业收入",
        [
            Records.Kpi("甲.docx", "营业收入", 1.2m, "亿元", period: "2026年"),
            Records.Kpi("乙.docx", "营业收入", 9000, "万元", period: "2026年"),
            Records.Kpi("乙.docx", "营业收入", 9800, "万元", period: "2027年"),
        ]);
        var writer = new StringWriter();

        new ComparisonJsonLinesWriter().Write(writer, comparison);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()).ToList();
        Assert.Equal(["甲.docx", "乙.docx", "乙.docx"], docs);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("万元", first.GetProperty("convertedUnit").GetString());
        Assert.Equal(12000m, first.GetProperty("convertedNumber").GetDecimal());
        Assert.Equal("1.2亿元 → 12000万元", first.GetProperty("conversion").GetString());
        Assert.True(first.GetProperty("source").TryGetProperty("start", out _));
    }

    [Fact]
    public void PlanComparison_IsOneObjectPerPair_WithPresenceAndBothDocs()
    {
        var comparison = _comparer.ComparePlans("甲.docx", "乙.docx",
        [
            Records.Kpi("甲.docx", "客户满意度", 90, "%"),
            Records.Kpi("乙.docx", "客户满意度", 93, "%"),
            Records.Kpi("乙.docx", "续约率", 80, "%"),
        ]);
        var writer = new StringWriter();

        new ComparisonJsonLinesWriter().Write(writer, comparison);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["both", "onlyB"], lines.Select(l => l.GetProperty("presence").GetString()));
        Assert.All(lines, l => Assert.Equal("甲.docx", l.GetProperty("docA").GetString()));
        Assert.Equal(3m, lines[0].GetProperty("difference").GetDecimal());
        Assert.Equal("乙.docx", lines[1].GetProperty("b").GetProperty("doc").GetString());
        Assert.False(lines[1].TryGetProperty("a", out _));
    }

    [Fact]
    public void PlanComparison_Csv_MarksWhoHasWhat()
    {
        var comparison = _comparer.ComparePlans("甲.docx", "乙.docx",
        [
            Records.Kpi("甲.docx", "营业收入", 1, "亿元"),
            Records.Kpi("乙.docx", "营业收入", 9000, "万元"),
            Records.Kpi("甲.docx", "毛利率", 20, "%"),
        ]);

        var lines = new ComparisonCsvWriter().ToCsv(comparison).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("营业收入,,双方,甲.docx,1亿元,1,乙.docx,9000万元,0.9,亿元,-0.1,", lines[1]);
        Assert.StartsWith("毛利率,,仅A,甲.docx,20%,20,乙.docx,,,%,,", lines[2]);
    }
}
