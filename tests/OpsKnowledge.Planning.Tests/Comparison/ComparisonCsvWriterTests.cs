using System.Text;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Planning.Tests.Builders;

namespace OpsKnowledge.Planning.Tests.Comparison;

public sealed class ComparisonCsvWriterTests
{
    [Theory]
    [InlineData("普通", "普通")]
    [InlineData("含,逗号", "\"含,逗号\"")]
    [InlineData("含\"引号\"", "\"含\"\"引号\"\"\"")]
    [InlineData("两\n行", "\"两\n行\"")]
    [InlineData("", "")]
    public void Fields_AreQuotedPerRfc4180(string field, string expected) =>
        Assert.Equal(expected, ComparisonCsvWriter.Escape(field));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("-5", "-5")]
    [InlineData("+12.5%", "+12.5%")]
    [InlineData("客户满意度=90%", "客户满意度=90%")]
    public void FormulaLikeFields_AreWrittenAsText(string field, string expected) =>
        Assert.Equal(expected, ComparisonCsvWriter.Escape(field));

    [Fact]
    public void Stream_StartsWithBom_AndHasOneLinePerRow()
    {
        var comparison = new KpiComparer().Compare("营业收入",
        [
            Records.Kpi("甲.docx", "营业收入", 1.2m, "亿元", value: "1.2亿元，同比增长\"20%\""),
            Records.Kpi("乙.docx", "营业收入", 9000, "万元"),
            Records.Kpi("丙.docx", "营业收入", 8000, "万元"),
        ]);
        using var stream = new MemoryStream();

        new ComparisonCsvWriter().Write(stream, comparison);

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("指标,文档,章节", lines[0]);
        Assert.Contains("\"1.2亿元，同比增长\"\"20%\"\"\"", lines[1]);
        Assert.Contains("1.2亿元 → 12000万元", lines[1]);
    }
}
