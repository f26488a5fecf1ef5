using OpsKnowledge.Core.Pipeline;
using Xunit;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Levels follow the order in which numbering styles appear, not a fixed rank per style.</summary>
public class LevelTests
{
    [Theory]
    [InlineData("一、甲|（一）乙|1. 丙|1）丁|正文。|2）戊|正文。|2. 己|正文。|（二）庚|二、辛", "1,2,3,4,4,3,2,1")]
    [InlineData("第一章 甲|第一节 乙|一、丙|正文。|二、丁|第二节 戊|第二章 己", "1,2,3,3,2,1")]
    [InlineData("1. 甲|1.1 乙|1.1.1 丙|1.1.2 丁|1.2 戊|2. 己|2.1 庚", "1,2,3,3,2,1,2")]
    [InlineData("一、甲|1.1 乙|1.2 丙|二、丁|2.1 戊", "1,2,2,1,2")]
    [InlineData("（一）甲|一、乙|（一）丙|（二）丁", "1,2,1,1")]
    [InlineData("壹、甲|一、乙|（一）丙|二、丁|貳、戊|一、己", "1,2,3,2,1,2")]
    public void MixedStyles_GetLevelsByAppearance(string lines, string levels)
    {
        var document = Build.FromText(lines.Replace('|', '\n'));
        Assert.Equal(levels, string.Join(",", document.Sections.Select(s => s.Level)));
        DocumentAssert.SpansSliceExactly(document);
    }

    [Fact]
    public void MarkupLevels_CombineWithNumberingInside()
    {
        var document = Build.FromBlocks(
            new SourceHeading("运营方案", 1),
            new SourceHeading("1. 概述", 2),
            new SourceParagraph("1.1 背景"),
            new SourceParagraph("正文。"),
            new SourceParagraph("1.2 目标"),
            new SourceHeading("2. 措施", 2),
            new SourceHeading("2.1 组织", 3),
            new SourceParagraph("（一）领导小组"),
            new SourceParagraph("正文。"));
        Assert.Equal("运营方案", document.Title);
        Assert.Equal(
            ["1 概述@1", "1.1 背景@2", "1.2 目标@2", "2 措施@1", "2.1 组织@2", "（一）领导小组@3"],
            document.Sections.Select(s => $"{s.Heading}@{s.Level}"));
        Assert.Equal(["2 措施", "2.1 组织", "（一）领导小组"], document.Sections[^1].Path);
        DocumentAssert.SpansSliceExactly(document);
    }

    [Fact]
    public void SectionSpan_RunsToNextHeadingOfSameOrHigherLevel()
    {
        var document = Build.FromText("1. 甲\n1.1 乙\n正文一。\n2. 丙\n正文二。");
        var first = document.Sections[0];
        Assert.Equal("1. 甲\n1.1 乙\n正文一。\n", document.Slice(first.Span));
        Assert.Equal("1.1 乙\n正文一。\n", document.Slice(document.Sections[1].Span));
        Assert.Equal(0, first.Index);
        Assert.Equal(0, document.Sections[1].ParentIndex);
        var body = document.Paragraphs.Single(p => p.Text == "正文一。");
        Assert.Equal(1, body.SectionIndex);
        Assert.Equal(2, document.Paragraphs.Single(p => p.Text == "正文二。").SectionIndex);
    }
}
