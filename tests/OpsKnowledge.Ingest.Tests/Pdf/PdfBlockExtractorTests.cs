using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Pdf;

public sealed class PdfBlockExtractorTests
{
    private static PdfContent Read(string name) => PdfContentReader.Read(new PdfBlockExtractor(), Fixture.Bytes("Pdf", name));

    [Fact]
    public void TableOverTwoPages_IsOneTable_HeaderRepeatDropped_BrokenRowRejoined()
    {
        var content = Read("yiyuan-houqin-yitihua-fuwu.pdf");
        var table = content.Blocks.OfType<SourceTable>().Single();

        Assert.Equal(2, content.PageCount);
        Assert.Equal(1, table.Page);
        Assert.Equal(39, table.Rows.Count); // header + 38 service rows
        Assert.Equal(["服务类别", "服务项目", "服务频次", "质量标准", "达标率要求"], table.Rows[0].Select(c => c.Text));
        Assert.Equal(["安保服务", "车辆疏导", "高峰时段", "入口排队不超过10分钟", "95%"], table.Rows[13].Select(c => c.Text));
        Assert.Equal(["资产管理", "报废处置", "每半年", "流程合规", "100%"], table.Rows[^1].Select(c => c.Text));
        Assert.DoesNotContain(table.Rows.Skip(1), r => r[0].Text == "服务类别");
    }

    [Fact]
    public void Headings_ComeFromFontSize_InRankOrder_WithPages()
    {
        var content = Read("yiyuan-houqin-yitihua-fuwu.pdf");
        var headings = content.Blocks.OfType<SourceHeading>().Select(h => (h.Text, h.Level, h.Page)).ToList();

        Assert.Equal(("市第三人民医院后勤一体化服务实施方案", (int?)1, (int?)1), headings[0]);
        Assert.Contains(("2.1 质量目标", (int?)3, (int?)1), headings);
        Assert.Contains(("5 考核与付费", (int?)2, (int?)2), headings);
        Assert.Equal("市第三人民医院后勤一体化服务实施方案", content.Title);
    }

    [Fact]
    public void ChineseLines_JoinWithoutSpaces()
    {
        var content = Read("yiyuan-houqin-yitihua-fuwu.pdf");
        var first = content.Blocks.OfType<SourceParagraph>().First();

        Assert.StartsWith("市第三人民医院为三级综合医院，开放床位一千二百张，年门急诊量一百八十万人次。", first.Text);
        Assert.EndsWith("建立统一调度中心和统一考核体系。", first.Text);
        Assert.DoesNotContain(' ', first.Text);
    }

    [Fact]
    public void TwoColumns_AreReadLeftColumnFirst_RunningHeaderAndPageNumbersRemoved()
    {
        var content = Read("wuye-fuwu-niandu-jihua.pdf");
        var texts = content.Blocks.Select(b => b is SourceHeading h ? h.Text : b is SourceParagraph p ? p.Text : "").ToList();

        var order = new[] { "一、年度工作回顾", "二、年度工作目标", "三、重点工作安排", "（一）服务品质提升", "（四）外包单位管理", "四、经营目标", "七、月度工作节点" }
            .Select(t => texts.IndexOf(t)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Equal(1, texts.Count(t => t.StartsWith("智慧物业服务年度工作计划", StringComparison.Ordinal))); // the title, not the running header
        Assert.DoesNotContain(texts, t => t is "1" or "2" or "3");
        Assert.True(content.RunningLinesRemoved >= 6);
        // A paragraph broken over a column and a page stays whole.
        Assert.Contains("年度计划执行过程中如遇政策调整或重大突发事件，由推进小组研究提出调整意见，报总经理办公会审定后执行。", texts);
    }

    [Theory]
    [InlineData("scanned-image-only.pdf", PdfBlockExtractor.NoTextLayer)]
    [InlineData("empty-page.pdf", PdfBlockExtractor.NoTextLayer)]
    [InlineData("encrypted.pdf", "encrypted PDF")]
    [InlineData("random-bytes.pdf", "not a PDF file (no %PDF header)")]
    public void UnreadableFiles_GiveOneReason(string name, string reason)
    {
        var content = Read(name);
        Assert.Equal(reason, content.Failure);
        Assert.Empty(content.Blocks);
    }

    [Fact]
    public void TruncatedFile_IsAFailureNotAnException()
    {
        var content = Read("truncated.pdf");
        Assert.NotNull(content.Failure);
        Assert.Empty(content.Blocks);
    }

    [Theory]
    [InlineData("\uE012", true)]
    [InlineData("\u0003", true)]
    [InlineData("\uFFFD", true)]
    [InlineData("", true)]
    [InlineData("运", false)]
    [InlineData("A", false)]
    public void UnmappedGlyphCodes_AreGarbage(string value, bool garbage)
    {
        Assert.Equal(garbage, PdfTextQuality.IsGarbage(value));
    }
}
