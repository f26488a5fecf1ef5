using OpsKnowledge.Core.Pipeline;
using Xunit;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Headings glued to their body on one line are split off; sentences with numbers are left alone.</summary>
public class RunInHeadingTests
{
    [Theory]
    [InlineData("一、服务质量目标\n1.1行业发展现状?基础运营服务是企业价值链的基础支撑。", "1.1行业发展现状", "基础运营服务是企业价值链的基础支撑。")]
    [InlineData("二、服务质量目标2.1客户体验提升 围绕客户全旅程优化服务。", "2.1客户体验提升", "围绕客户全旅程优化服务。")]
    [InlineData("（一）主要目标：到年底实现全覆盖。", "（一）主要目标", "到年底实现全覆盖。")]
    public void RunInHeading_IsSplitWithoutToc(string text, string heading, string body)
    {
        var blocks = new PlainTextStructurer().Split(text);
        var index = blocks.ToList().FindIndex(b => b is SourceHeading h && h.Text == heading);
        Assert.True(index >= 0, string.Join(" / ", blocks));
        Assert.Equal(body, Assert.IsType<SourceParagraph>(blocks[index + 1]).Text);
    }

    [Theory]
    [InlineData("一、背景\n1.1 现状\n今年收入增长1.5倍。2.1万元用于培训。")]
    [InlineData("一、背景\n1.1 现状\n截至2024.6底完成任务。1.1节已说明。")]
    [InlineData("客户总数达到2.1万户，增长1.5倍，服务网点3.2个百分点。")]
    public void NumbersInSentences_AreNotSplit(string text)
    {
        var blocks = new PlainTextStructurer().Split(text);
        Assert.DoesNotContain(blocks, b => b is SourceHeading);
        Assert.Equal(text.Split('\n')[^1], blocks.OfType<SourceParagraph>().Last().Text);
    }

    [Fact]
    public void LostSeparatorAtLineEnd_IsDropped()
    {
        var document = Build.FromText("1.1行业现状?\n行业集中度逐年提高。");
        Assert.Equal("行业现状", Assert.Single(document.Sections).Title);
        Assert.DoesNotContain("?", document.Text);
    }

    [Theory]
    [InlineData("三、 基础 运营", "基础 运营")]
    [InlineData("1.1 KPI 指标体系", "KPI 指标体系")]
    public void ShortHeadingWithSpaces_StaysWhole(string line, string title)
    {
        var document = Build.FromText(line + "\n正文。");
        Assert.Equal(title, Assert.Single(document.Sections).Title);
    }

    [Fact]
    public void TableOfContents_IsDroppedAndGuidesSplitting()
    {
        var text = "目录\n一、现状分析 ........ 1\n1.1 管理现状 ...... 2\n1.2 客户需求 ...... 3\n二、目标设定 ...... 5\n"
                 + "一、现状分析1.1 管理现状 园区入驻企业一百二十家。1.2客户需求?需求明显上升。二、目标设定\n满意度达到95%。";
        var document = Build.FromText(text);
        Assert.Equal(["一、现状分析", "1.1 管理现状", "1.2 客户需求", "二、目标设定"], document.Sections.Select(s => s.Heading));
        Assert.DoesNotContain("目录", document.Text);
        Assert.DoesNotContain("?", document.Text);
        Assert.Equal(["园区入驻企业一百二十家。", "需求明显上升。", "满意度达到95%。"], document.Paragraphs.Select(p => p.Text));
        DocumentAssert.SpansSliceExactly(document);
    }

    [Fact]
    public void ConsecutiveHeadingsThatDoNotReappear_AreNotToc()
    {
        var document = Build.FromText("2. 服务运营计划\n2.1 服务组合策略\n2.1.1 核心服务线\n服务线分为四类。");
        Assert.Equal(3, document.Sections.Count);
    }

    [Fact]
    public void BulletLines_AreListItemsWithoutMarker()
    {
        var blocks = new PlainTextStructurer().Split("- 短期目标：建立体系\n• 中期目标：扩大规模\n-5%的波动可以接受");
        Assert.Equal(["短期目标：建立体系:True", "中期目标：扩大规模:True", "-5%的波动可以接受:False"],
            blocks.Cast<SourceParagraph>().Select(p => $"{p.Text}:{p.IsListItem}"));
    }
}
