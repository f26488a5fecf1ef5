using OpsKnowledge.Core.Model;
using Xunit;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Every common Chinese numbering style is recognized, split into number and title, and written as one line.</summary>
public class HeadingRecognitionTests
{
    [Theory]
    [InlineData("1. 运营战略概述", "1", "运营战略概述", "1. 运营战略概述")]
    [InlineData("1、运营战略概述", "1", "运营战略概述", "1、运营战略概述")]
    [InlineData("3.2 销售策略", "3.2", "销售策略", "3.2 销售策略")]
    [InlineData("3.2销售策略", "3.2", "销售策略", "3.2 销售策略")]
    [InlineData("2.1.1 核心服务线", "2.1.1", "核心服务线", "2.1.1 核心服务线")]
    [InlineData("一、总体目标", "一", "总体目标", "一、总体目标")]
    [InlineData("十二、附则", "十二", "附则", "十二、附则")]
    [InlineData("贰、年度目标", "贰", "年度目标", "贰、年度目标")]
    [InlineData("第二部分 重点任务", "第二部分", "重点任务", "第二部分 重点任务")]
    [InlineData("第二節 服務目標", "第二節", "服務目標", "第二節 服務目標")]
    [InlineData("（一）服务网络", "（一）", "服务网络", "（一）服务网络")]
    [InlineData("(一) 服务网络", "(一)", "服务网络", "(一) 服务网络")]
    [InlineData("第三章 服务质量", "第三章", "服务质量", "第三章 服务质量")]
    [InlineData("第一节 编制依据", "第一节", "编制依据", "第一节 编制依据")]
    [InlineData("第一条 总则", "第一条", "总则", "第一条 总则")]
    [InlineData("1）专职护理员", "1）", "专职护理员", "1）专职护理员")]
    [InlineData("1) 专职护理员", "1)", "专职护理员", "1) 专职护理员")]
    [InlineData("(1) 招聘计划", "(1)", "招聘计划", "(1) 招聘计划")]
    [InlineData("（1）招聘计划", "（1）", "招聘计划", "（1）招聘计划")]
    [InlineData("①数据中台", "①", "数据中台", "①数据中台")]
    [InlineData("1 运营战略概述", "1", "运营战略概述", "1 运营战略概述")]
    [InlineData("1.1年度目标", "1.1", "年度目标", "1.1 年度目标")]
    public void NumberedLine_IsHeading(string line, string number, string title, string written)
    {
        var document = Build.FromText(line + "\n正文内容在这里展开说明。");
        var section = Assert.Single(document.Sections);
        Assert.Equal(number, section.Number);
        Assert.Equal(title, section.Title);
        Assert.Equal(written, document.Slice(section.HeadingSpan));
        Assert.Equal(Section.FormatHeading(number, title), Assert.Single(section.Path));
        DocumentAssert.SpansSliceExactly(document);
    }

    [Theory]
    [InlineData("2.1万元用于员工培训")]
    [InlineData("1.5倍的增长来自新客户")]
    [InlineData("3.2%的客户提出了投诉")]
    [InlineData("2025年全面完成改造")]
    [InlineData("1. 这是一个很长的句子，说明了本年度客户服务中心要完成的各项具体工作和考核要求。")]
    [InlineData("一、加强组织领导，落实工作责任。")]
    [InlineData("1.1 本节说明了项目的背景。")]
    [InlineData("3个月内完成系统上线")]
    [InlineData("5G网络覆盖全部园区")]
    [InlineData("1. 专业能力：深厚技术积累")]
    public void NearMiss_IsNotHeading(string line)
    {
        var document = Build.FromText("前言说明\n" + line + "\n正文内容。");
        Assert.Empty(document.Sections);
        Assert.Contains(document.Paragraphs, p => p.Text == line);
    }

    [Fact]
    public void LongNumberedSentence_InBody_IsListItem()
    {
        var document = Build.FromText("1. 工作目标\n1. 完善客户回访制度，每季度开展一次满意度调查，形成闭环。\n2. 建立维修响应台账，二十四小时内响应报修。");
        Assert.Equal("1 工作目标", Assert.Single(document.Sections).Heading);
        var items = document.Paragraphs.Where(p => p.IsListItem).Select(p => p.Text).ToList();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("1. 完善", items[0]);
    }

    [Fact]
    public void AdjacentShortNumberedItems_AreList()
    {
        var document = Build.FromText("一、工作原则\n1. 客户导向\n2. 数据驱动\n3. 持续改进\n二、工作措施");
        Assert.Equal(["一、工作原则", "二、工作措施"], document.Sections.Select(s => s.Heading));
        Assert.Equal(3, document.Paragraphs.Count(p => p.IsListItem));
    }

    [Fact]
    public void NumberOutOfSequence_InBody_IsListItem()
    {
        var document = Build.FromText("1. 总体思路\n1.1 工作定位\n1. 建立服务体系\n正文。\n2. 重点工作");
        Assert.Equal(["1 总体思路", "1.1 工作定位", "2 重点工作"], document.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void BodyForSureParagraph_IsNeverHeading()
    {
        var document = Build.FromBlocks(new Core.Pipeline.SourceParagraph("一、总体目标") { IsBodyForSure = true });
        Assert.Empty(document.Sections);
    }

    [Fact]
    public void TooLongLine_IsNotHeading()
    {
        var line = "一、" + new string('长', 50);
        Assert.Empty(Build.FromText(line).Sections);
        Assert.Single(new DocumentBuilder(StructureOptions.Default with { MaxHeadingLength = 60 })
            .Build(Build.Unstructured("a", "txt", line), [new Core.Pipeline.SourceParagraph(line)]).Sections);
    }
}
