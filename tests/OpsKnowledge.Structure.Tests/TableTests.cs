using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using Xunit;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Pipe tables become tables with header rows, linearized as one pipe row per line; merged cells fill the grid.</summary>
public class TableTests
{
    [Theory]
    [InlineData("| 指标 | 目标值 |\n|---|---|\n| 客户满意度 | ≥95% |\n| 投诉处理率 | 100% |")]
    [InlineData("| 指标 | 目标值 |\n| 客户满意度 | ≥95% |\n| 投诉处理率 | 100% |")]
    [InlineData("|指标|目标值\n|:---:|---:|\n|客户满意度|≥95%\n|投诉处理率|100%")]
    public void PipeTable_WithOrWithoutSeparator(string text)
    {
        var document = Build.FromText("质量目标如下。\n" + text + "\n以上目标按季度考核。");
        var table = Assert.Single(document.Tables);
        Assert.Equal(0, table.Index);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("目标值", table.HeaderOf(1));
        Assert.Equal("≥95%", table.Rows[1][1].Text);
        Assert.Equal("| 客户满意度 | ≥95% |", document.Slice(new TextSpan(table.Rows[1][0].Span.Start - 2, table.Rows[1][1].Span.End + 2)));
        Assert.Equal(2, document.Paragraphs.Count());
        DocumentAssert.SpansSliceExactly(document);
    }

    [Fact]
    public void MergedCells_ExpandToFullGrid()
    {
        var table = new SourceTable([
            [new SourceCell("阶段", RowSpan: 2), new SourceCell("目标", ColSpan: 2)],
            [new SourceCell("收入"), new SourceCell("利润")],
            [new SourceCell("第一年"), new SourceCell("800万"), new SourceCell("80万")],
        ], HeaderRowCount: 2);
        var document = Build.FromBlocks(table, new SourceParagraph("说明。"), table);
        var grid = document.Tables.First();
        Assert.Equal([0, 1], document.Tables.Select(t => t.Index));
        Assert.All(grid.Rows, row => Assert.Equal(3, row.Count));
        Assert.True(grid.Rows[1][0].IsMergedContinuation);
        Assert.Equal("阶段", grid.Rows[1][0].Text);
        Assert.True(grid.Rows[0][2].IsMergedContinuation);
        Assert.Equal(2, grid.Rows[0][0].RowSpan);
        Assert.Equal(2, grid.Rows[0][1].ColSpan);
        Assert.Equal("目标/利润", grid.HeaderOf(2));
        Assert.Equal("| 阶段 | 目标 |  |\n|  | 收入 | 利润 |\n| 第一年 | 800万 | 80万 |", document.Slice(grid.Span));
        DocumentAssert.SpansSliceExactly(document);
    }
}
