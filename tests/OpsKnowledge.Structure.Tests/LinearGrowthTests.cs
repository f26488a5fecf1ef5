using Xunit;
using System.Text;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Table expansion does work in proportion to its input, whatever the table's shape: counted in grid cells, not timed.</summary>
public sealed class LinearGrowthTests
{
    [Fact]
    public void PipeRowsOfGrowingWidth_ExpandToCellsLinearInTheInput()
    {
        var ratios = new List<double>();
        foreach (var rows in new[] { 250, 500, 1_000, 2_000 })
        {
            var text = new StringBuilder();
            for (var r = 1; r <= rows; r++) text.Append('|').Append(string.Join('|', Enumerable.Repeat("x", r))).Append("|\n");

            var document = Build.FromText(text.ToString());

            var cells = document.Tables.Sum(t => (long)t.Rows.Sum(row => row.Count));
            Assert.True(cells > 0, "the rows are read as a table");
            ratios.Add(cells / (double)text.Length);
        }
        // Padding every row to the widest made one cell per input character (0.99), twice the cells the rows hold.
        Assert.All(ratios, ratio => Assert.InRange(ratio, 0.0, 0.6));
        Assert.InRange(ratios[^1] / ratios[0], 0.0, 1.5);
    }

    [Fact]
    public void HugeSpans_ArePlacedWithinABudget()
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        for (var r = 0; r < 20; r++)
        {
            rows.Add([new SourceCell("合并", RowSpan: 65_534, ColSpan: 1_000), new SourceCell($"{r}")]);
        }

        var document = Build.FromBlocks(new SourceTable(rows));

        var cells = document.Tables.Sum(t => (long)t.Rows.Sum(row => row.Count));
        Assert.InRange(cells, 40, 200_000);
    }
}
