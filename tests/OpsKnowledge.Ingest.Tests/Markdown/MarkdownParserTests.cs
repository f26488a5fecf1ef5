using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Markdown;
using OpsKnowledge.Ingest.Tests.Text;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Markdown;

/// <summary>The Markdown reader turns headings, lists, tables, code and HTML into a structured plan with plain text.</summary>
public class MarkdownParserTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Markdown", "Fixtures");

    private readonly OpsPipeline _reader = Reading.With(new MarkdownParser(), new PassThroughTextRepairer());

    private Core.Model.Document ReadFixture()
    {
        var result = _reader.Read(SourceFile.Load(Path.Combine(Folder, "service-plan.md")));
        Assert.True(result.Document is not null, result.Error);
        return result.Document!;
    }

    [Fact]
    public void Plan_HasOutlineFromMarkupAndNumbering()
    {
        var document = ReadFixture();
        Assert.Equal("客户服务中心运营方案", document.Title);
        Assert.Equal("md", document.Format);
        Assert.Equal(
            ["一、总体目标@1", "（一）服务渠道@2", "（二）服务质量@2", "二、实施步骤@1", "2.1 试点阶段@2", "2.2 推广阶段@2"],
            document.Sections.Select(s => $"{s.Heading}@{s.Level}"));
        Assert.Equal(["二、实施步骤", "2.2 推广阶段"], document.Sections[^1].Path);
    }

    [Fact]
    public void Emphasis_Links_AndMarkup_BecomePlainText()
    {
        var document = ReadFixture();
        Assert.Contains(document.Paragraphs, p => p.Text == "到年底，客户满意度达到95%以上，首次解决率不低于85%。");
        Assert.Contains(document.Paragraphs, p => p.Text == "选取两个区域开展试点，详细安排见附件。");
        Assert.Contains(document.Paragraphs, p => p.Text == "推广计划按季度滚动");
        Assert.Contains(document.Paragraphs, p => p.Text == "本方案由运营管理部负责解释。");
        Assert.DoesNotContain("**", document.Text);
        Assert.DoesNotContain("<div>", document.Text);
    }

    [Fact]
    public void NestedLists_AreFlattenedListItems()
    {
        var items = ReadFixture().Paragraphs.Where(p => p.IsListItem).Select(p => p.Text);
        Assert.Equal(["热线服务", "工作日 8:00-20:00 人工接听", "夜间由智能语音应答", "在线服务"], items);
    }

    [Fact]
    public void PipeTable_IsTableInItsSection()
    {
        var document = ReadFixture();
        var table = Assert.Single(document.Tables);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal("目标值", table.HeaderOf(2));
        Assert.Equal("≥95%", table.Rows[1][2].Text);
        Assert.Equal("（二）服务质量", document.Sections[table.SectionIndex!.Value].Heading);
        foreach (var cell in table.Rows.SelectMany(r => r)) Assert.Equal(cell.Text, document.Slice(cell.Span));
    }

    [Fact]
    public void PipeRowsWithoutSeparator_AreStillATable()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("## 目标\n\n| 指标 | 目标值 |\n| 满意度 | 95% |\n");
        var document = _reader.Read(new SourceFile("t.md", bytes)).Document!;
        Assert.Equal("95%", Assert.Single(document.Tables).Rows[1][1].Text);
    }

    [Fact]
    public void EmptyFile_IsFailure() =>
        Assert.Equal("no text: file is empty", _reader.Read(new SourceFile("e.md", [])).Error);
}
