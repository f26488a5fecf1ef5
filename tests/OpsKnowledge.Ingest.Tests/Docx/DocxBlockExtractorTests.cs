using OpsKnowledge.Ingest.Ooxml;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Docx;

public sealed class DocxBlockExtractorTests
{
    private static DocxContent Read(string name)
    {
        var content = new DocxParser().ReadContent(Fixture.Bytes("Docx", name), out var failure);
        Assert.Null(failure);
        return content!;
    }

    private static List<(string Text, int? Level)> Headings(DocxContent content) =>
        content.Blocks.OfType<SourceHeading>().Select(h => (h.Text, h.Level)).ToList();

    [Fact]
    public void AutomaticNumbering_IsRenderedAsShown_ChineseCountingAndLegalDecimal()
    {
        var headings = Headings(Read("chongdianzhan-yunying-fangan.docx"));

        Assert.Equal(("一、项目背景", (int?)1), headings[0]);
        Assert.Contains(("二、运营目标", (int?)1), headings);
        Assert.Contains(("2.1 经营目标", (int?)2), headings); // isLgl: "%1.%2" in decimal although level 1 counts in Chinese
        Assert.Contains(("3.2 运维体系建设", (int?)2), headings);
        Assert.Contains(("四、保障措施", (int?)1), headings);
    }

    [Fact]
    public void HeadingLevels_ComeFromStyleOutlineLevel_AndParagraphOutlineLevel()
    {
        var headings = Headings(Read("chongdianzhan-yunying-fangan.docx"));

        Assert.Contains(("站点分级标准", (int?)3), headings);
        Assert.Contains(("年度指标分解", (int?)1), headings);
    }

    [Fact]
    public void NumberedBodyParagraphs_AreListItems_WithTheirLabels()
    {
        var items = Read("chongdianzhan-yunying-fangan.docx").Blocks.OfType<SourceParagraph>().Where(p => p.IsListItem).Select(p => p.Text).ToList();
        Assert.Equal(["（1）充电桩可用率不低于百分之九十八；", "（2）故障桩平均修复时间不超过二十四小时；", "（3）用户满意度达到九十分以上。"], items);
    }

    [Fact]
    public void MergedCells_FollowMarkupOnly_EqualNeighboursStaySeparate()
    {
        var table = Read("chongdianzhan-yunying-fangan.docx").Blocks.OfType<SourceTable>().Single();

        Assert.Equal(2, table.HeaderRowCount);
        Assert.Equal(new SourceCell("类别", 2, 1, true), table.Rows[0][0]);
        Assert.Equal(new SourceCell("目标值", 1, 2, true), table.Rows[0][2]);
        Assert.Equal(["上半年", "全年"], table.Rows[1].Select(c => c.Text));
        Assert.Equal(new SourceCell("经营", 2, 1), table.Rows[2][0]);
        Assert.Equal(["充电量", "1800万千瓦时", "4200万千瓦时"], table.Rows[3].Select(c => c.Text));
        Assert.Equal([1, 1], table.Rows[4].Skip(2).Select(c => c.ColSpan));
        Assert.Equal(["98%", "98%"], table.Rows[4].Skip(2).Select(c => c.Text));
    }

    [Fact]
    public void TextBoxText_FollowsItsAnchor_Once()
    {
        var texts = Read("chongdianzhan-yunying-fangan.docx").Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        Assert.Single(texts, t => t == "运维口号：桩在线、人在岗、车满意");
    }

    [Fact]
    public void Footnotes_AreKeptOutOfTheBody_InATrailingSection()
    {
        var content = Read("chongdianzhan-yunying-fangan.docx");
        var body = content.Blocks.OfType<SourceParagraph>().First(p => p.Text.StartsWith("城投绿能现有", StringComparison.Ordinal));

        Assert.EndsWith("低于行业平均水平。", body.Text);
        Assert.Equal(1, content.FootnoteCount);
        Assert.Equal(new SourceHeading(DocxBlockExtractor.FootnoteSectionTitle, 1), content.Blocks[^2]);
        var note = Assert.IsType<SourceParagraph>(content.Blocks[^1]);
        Assert.Equal("[1] 数据来源：城投绿能2024年度运营统计报表。", note.Text);
        Assert.True(note.IsBodyForSure);
    }

    [Fact]
    public void LibreOfficeDocx_HeadingStyles_AndRowspanColspan()
    {
        var content = Read("canyin-mendian-yunying-tisheng.docx");
        var headings = Headings(content);
        var kpi = content.Blocks.OfType<SourceTable>().First();

        Assert.Equal(("连锁餐饮门店运营提升方案（2025年度）", (int?)1), headings[0]);
        Assert.Contains(("（二）管理目标", (int?)3), headings);
        Assert.Equal(new SourceCell("经营类", 3, 1), kpi.Rows[2][0]);
        Assert.Equal(["翻台率", "2.7次", "3.0次", "营运中心"], kpi.Rows[3].Select(c => c.Text));
        Assert.Equal(new SourceCell("目标值", 1, 2, true), kpi.Rows[0][2]);
    }

    [Theory]
    [InlineData("random-bytes.docx")]
    [InlineData("plain-text.docx")]
    public void NotAZip_GivesOneReason(string name)
    {
        var content = new DocxParser().ReadContent(Fixture.Bytes("Docx", name), out var failure);
        Assert.Null(content);
        Assert.Equal(OoxmlFormat.Docx.NotAZip, failure);
    }

    [Fact]
    public void ZipThatIsNotADocx_GivesOneReason()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("不是文档");
        }
        var content = new DocxParser().ReadContent(stream.ToArray(), out var failure);
        Assert.Null(content);
        Assert.StartsWith(OoxmlFormat.Docx.NotAZip, failure);
    }

    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(12, "chineseCounting", "十二")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(3, "decimal", "3")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(2, "lowerLetter", "b")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(2, "ideographTraditional", "乙")]
    public void NumberFormats(int value, string format, string expected)
    {
        Assert.Equal(expected, DocxNumbering.Format(value, format));
    }
}
