using OpsKnowledge.TestKit.Repairing;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Html;

public sealed class HtmlBlockExtractorTests
{
    private static HtmlContent ExtractFixture(string name)
    {
        var decoded = new PassThroughRepairer().Decode(Fixture.Bytes("Html", name));
        return new HtmlBlockExtractor().Extract(decoded.Text);
    }

    private static string AllText(HtmlContent content) => string.Join("\n", content.Blocks.Select(b => b switch
    {
        SourceHeading h => h.Text,
        SourceParagraph p => p.Text,
        SourceTable t => string.Join("|", t.Rows.SelectMany(r => r).Select(c => c.Text)),
        _ => "",
    }));

    [Fact]
    public void ScrapedPage_KeepsContent_DropsSiteFurniture()
    {
        var content = ExtractFixture("wenlv-jingqu-zhihui-yunying.html");
        var text = AllText(content);

        Assert.Contains("第一章 项目概况", text);
        Assert.Contains("重大突发事件响应时间不超过十分钟", text);
        Assert.Contains("线上购票比例由百分之五十八提升至百分之八十五", text);
        foreach (var furniture in new[] { "登录", "首页", "开通VIP", "相关文档推荐", "景区运营管理方案（完整版）", "热门下载", "网友评论", "求完整版", "京ICP备", "搜索", "上传者", "立即下载", "_hmt" })
        {
            Assert.DoesNotContain(furniture, text);
        }
        Assert.True(content.FurnitureRemoved >= 8);
        Assert.Equal("文旅景区智慧运营实施方案", content.Title);
    }

    [Fact]
    public void ScrapedPage_HeadingsKeepTheirLevels_ListItemsAreMarked()
    {
        var content = ExtractFixture("wenlv-jingqu-zhihui-yunying.html");
        var headings = content.Blocks.OfType<SourceHeading>().Select(h => (h.Text, h.Level)).ToList();

        Assert.Equal(("文旅景区智慧运营实施方案", (int?)1), headings[0]);
        Assert.Contains(("第二章 建设目标", (int?)2), headings);
        Assert.Contains(("2.1 量化目标", (int?)3), headings);
        Assert.Equal(4, content.Blocks.OfType<SourceParagraph>().Count(p => p.IsListItem));
    }

    [Fact]
    public void RowspanAndColspan_ArePassedAsSpans()
    {
        var content = ExtractFixture("canyin-mendian-yunying-tisheng.html");
        var kpi = content.Blocks.OfType<SourceTable>().First();

        Assert.Equal(2, kpi.HeaderRowCount);
        Assert.Equal(new SourceCell("指标类别", 2, 1, true), kpi.Rows[0][0]);
        Assert.Equal(new SourceCell("目标值", 1, 2, true), kpi.Rows[0][2]);
        Assert.Equal(["上半年", "全年"], kpi.Rows[1].Select(c => c.Text));
        Assert.Equal(new SourceCell("经营类", 3, 1), kpi.Rows[2][0]);
        // Rows covered by a rowspan list only their own cells.
        Assert.Equal(["翻台率", "2.7次", "3.0次", "营运中心"], kpi.Rows[3].Select(c => c.Text));
    }

    [Fact]
    public void TableWithoutThead_TakesFirstRowAsHeader()
    {
        var content = ExtractFixture("canyin-mendian-yunying-tisheng.html");
        var plan = content.Blocks.OfType<SourceTable>().Last();

        Assert.Equal(1, plan.HeaderRowCount);
        Assert.Equal(5, plan.Rows.Count);
        Assert.Equal("1月—2月", plan.Rows[1][1].Text);
    }

    [Fact]
    public void GbkPageWithLyingMeta_DecodesAsChinese_AndKeepsNumberedParagraphs()
    {
        var bytes = Fixture.Bytes("Html", "wuliu-yuanqu-niandu-jihua.htm");
        var repairer = new PassThroughRepairer();
        var decoded = repairer.Decode(bytes, HtmlCharsetSniffer.Sniff(bytes));
        var content = new HtmlBlockExtractor().Extract(decoded.Text);
        var paragraphs = content.Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();

        Assert.Equal("utf-8", repairer.DeclaredCharsets.Single());
        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Contains("二、年度运营目标", paragraphs);
        Assert.Contains("3.2 智能调度平台建设", paragraphs);
        Assert.Equal("车辆在园停留时间", content.Blocks.OfType<SourceTable>().Single().Rows[2][0].Text);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"gbk\"></head></html>", "gbk")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "iso-8859-1")]
    [InlineData("<html><body>没有声明</body></html>", null)]
    public void Sniffer_ReadsDeclaredCharset(string html, string? expected)
    {
        Assert.Equal(expected, HtmlCharsetSniffer.Sniff(System.Text.Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void FlatPage_OneRunOfTextWithBreaks_BecomesParagraphs()
    {
        const string html = "<html><body>一、总体目标<br>全年营业收入增长百分之十。<br>二、重点工作<br>（一）门店改造<br>完成二十家门店改造。</body></html>";
        var blocks = new HtmlBlockExtractor().Extract(html).Blocks;

        Assert.All(blocks, b => Assert.IsType<SourceParagraph>(b));
        Assert.Equal(["一、总体目标", "全年营业收入增长百分之十。", "二、重点工作", "（一）门店改造", "完成二十家门店改造。"],
            blocks.Cast<SourceParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void LineBreakInsideChineseText_IsNotASpace()
    {
        var blocks = new HtmlBlockExtractor().Extract("<p>门店客流\n  恢复至 2023 年水平</p>").Blocks;
        Assert.Equal("门店客流恢复至 2023 年水平", ((SourceParagraph)blocks.Single()).Text);
    }

    [Fact]
    public void ParagraphWithOneLink_IsContent()
    {
        var blocks = new HtmlBlockExtractor().Extract("<div class=\"content\"><p>详见<a href=\"#a1\">附件一</a>。</p></div>").Blocks;
        Assert.Equal("详见附件一。", ((SourceParagraph)blocks.Single()).Text);
    }

    [Theory]
    [InlineData("main-nav", true)]
    [InlineData("relatedDocs", true)]
    [InlineData("ad_top", true)]
    [InlineData("header-title download-count", true)]
    [InlineData("doc-body", false)]
    [InlineData("shadow loaded", false)]
    public void FurnitureTokens_MatchWholeTokensOnly(string classes, bool furniture)
    {
        Assert.Equal(furniture, FurnitureHints.HasFurnitureToken(classes, null));
    }
}
