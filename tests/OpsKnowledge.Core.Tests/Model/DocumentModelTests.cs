using OpsKnowledge.Core.Model;
using OpsKnowledge.TestKit.Documents;
using Xunit;

namespace OpsKnowledge.Core.Tests.Model;

public sealed class DocumentModelTests
{
    // One paragraph before the first heading, two levels of headings, and a table in the last section.
    private static readonly Document Plan = TestDocumentBuilder.FromPlainText(
        "本方案供内部讨论。\n1 总体目标\n到2027年成为区域领先的服务商。\n1.1 服务目标\n客户满意度达到95%以上。\n2 年度计划\n| 年度 | 营业收入 |\n| 2026年 | 4200万元 |\n",
        "plan.txt");

    [Fact]
    public void Slice_GivesTheTextASpanCovers()
    {
        Assert.All(Plan.Paragraphs, p => Assert.Equal(p.Text, Plan.Slice(p.Span)));
        Assert.Equal("1.1 服务目标", Plan.Slice(Plan.Sections[1].HeadingSpan));
    }

    [Fact]
    public void SectionAt_GivesTheInnermostSection_AndNullBeforeTheFirstHeading()
    {
        var paragraphs = Plan.Paragraphs.ToList();
        Assert.Null(Plan.SectionAt(paragraphs[0].Span.Start));
        Assert.Equal("总体目标", Plan.SectionAt(paragraphs[1].Span.Start)?.Title);
        Assert.Equal("服务目标", Plan.SectionAt(paragraphs[2].Span.Start)?.Title);
        Assert.Equal("年度计划", Plan.SectionAt(Plan.Tables.Single().Span.Start)?.Title);
    }

    [Fact]
    public void Sections_KnowTheirParentAndPath()
    {
        var service = Plan.Sections[1];
        Assert.Equal((0, 2), (service.ParentIndex!.Value, service.Level));
        Assert.Equal("1 总体目标 > 1.1 服务目标", service.PathText);
        Assert.Null(Plan.Sections[2].ParentIndex);
    }

    [Fact]
    public void TablesAndParagraphs_AreTheBlocksOfTheirType()
    {
        Assert.Equal(3, Plan.Paragraphs.Count());
        var table = Assert.Single(Plan.Tables);
        Assert.Equal(Plan.Blocks.Count, Plan.Paragraphs.Count() + 1);
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal("2026年", Assert.Single(table.BodyRows)[0].Text);
    }

    [Fact]
    public void TextSpan_IsHalfOpen()
    {
        var span = new TextSpan(2, 5);
        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(2));
        Assert.False(span.Contains(5));
        Assert.False(TextSpan.Empty.Contains(0));
        Assert.Equal("[2,5)", span.ToString());
    }

    [Theory]
    [InlineData("3.2", "销售策略", "3.2 销售策略")]
    [InlineData("第三章", "服务质量", "第三章 服务质量")]
    [InlineData("二", "总体目标", "二、总体目标")]
    [InlineData("（一）", "管理目标", "（一）管理目标")]
    [InlineData("1）", "人员配置", "1）人员配置")]
    [InlineData("②", "设备采购", "②设备采购")]
    [InlineData(null, "附录", "附录")]
    public void Heading_IsWrittenAsAReaderExpects(string? number, string title, string heading) =>
        Assert.Equal(heading, Section.FormatHeading(number, title));

    [Fact]
    public void HeaderOf_JoinsHeaderRows_AndSkipsRepeats()
    {
        static TableCell Cell(int row, int col, string text) => new() { Row = row, Col = col, Text = text, Span = TextSpan.Empty, IsHeader = row < 2 };
        var table = new Table
        {
            Index = 0,
            Span = TextSpan.Empty,
            HeaderRowCount = 2,
            Rows =
            [
                [Cell(0, 0, "指标"), Cell(0, 1, "2026年")],
                [Cell(1, 0, "指标"), Cell(1, 1, "目标值")],
                [Cell(2, 0, "营业收入"), Cell(2, 1, "4200")],
            ],
        };
        Assert.Equal("指标", table.HeaderOf(0));
        Assert.Equal("2026年/目标值", table.HeaderOf(1));
        Assert.Equal("", table.HeaderOf(5));
        Assert.Equal("营业收入", Assert.Single(table.BodyRows)[0].Text);
    }
}
