using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Planning.Tests.Builders;
using OpsKnowledge.TestKit.Documents;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Planning.Tests.Uncertainty;

/// <summary>A value resting on a guessed repair is shown, marked, and never moves a statistic or a spreadsheet sum.</summary>
public sealed class UncertainValuesTests
{
    private const string Because = "repair guessed '≥' (alternatives: ≤)";

    private static Record[] Complaints() =>
    [
        Records.Kpi("A.md", "客户投诉率", 2m, "%", op: RecordOperator.AtMost),
        Records.Kpi("B.md", "客户投诉率", 2.5m, "%", op: RecordOperator.AtMost),
        Records.Kpi("C.md", "客户投诉率", 3m, "%", op: RecordOperator.AtMost),
        Records.Kpi("D.md", "客户投诉率", 40m, "%", op: RecordOperator.AtLeast) with { Uncertain = true, UncertainBecause = Because, Confidence = 0.5 },
    ];

    [Fact]
    public void UncertainValue_IsARow_ButNotInMinMedianMaxOrOutliers()
    {
        var comparison = new KpiComparer().Compare("客户投诉率", Complaints());

        Assert.Equal(4, comparison.Rows.Count);
        var guessed = comparison.Rows.Single(r => r.Doc == "D.md");
        Assert.True(guessed.Uncertain);
        Assert.Equal(Because, guessed.UncertainBecause);
        Assert.False(guessed.Comparable);
        Assert.False(guessed.Outlier);
        var spread = comparison.Spread!;
        Assert.Equal(3, spread.Count);
        Assert.Equal(3m, spread.Max);
        Assert.Equal(2.5m, spread.Median);
        Assert.Empty(spread.Outliers);
    }

    [Fact]
    public void CsvAndJson_SayWhyTheValueIsUncertain()
    {
        var comparison = new KpiComparer().Compare("客户投诉率", Complaints());

        var lines = new ComparisonCsvWriter().ToCsv(comparison).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split(','), "存疑");
        Assert.True(column > 0);
        Assert.Contains($"存疑：{Because}", lines.Single(l => l.Contains("D.md", StringComparison.Ordinal)));
        Assert.All(lines.Skip(1).Where(l => !l.Contains("D.md", StringComparison.Ordinal)), l => Assert.Equal("", l.Split(',')[column]));

        var json = new StringWriter();
        new ComparisonJsonLinesWriter().Write(json, comparison);
        var rows = json.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"uncertain\":true", rows.Single(l => l.Contains("D.md", StringComparison.Ordinal)));
        Assert.DoesNotContain(rows.Where(l => !l.Contains("D.md", StringComparison.Ordinal)), l => l.Contains("uncertain", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoPlansSideBySide_GetNoDifferenceForAnUncertainValue()
    {
        var plans = new KpiComparer().ComparePlans("A.md", "D.md", Complaints());

        var pair = Assert.Single(plans.Pairs);
        Assert.True(pair.B!.Uncertain);
        Assert.Null(pair.Difference);
    }

    [Fact]
    public void Skeleton_MarksTheCell_KeepsItText_AndSaysWhyInTheSource()
    {
        var records = Complaints();
        var skeleton = new PlanSkeletonBuilder().Build([OutlineDocument.Plan("A.md", (1, "1", "运营指标")), OutlineDocument.Plan("D.md", (1, "1", "运营指标"))], records);

        var kpis = skeleton.Table(SkeletonTableKind.Kpis);
        var row = kpis.Rows.Select((r, i) => (Cells: r, Index: i)).Single(r => r.Cells[^1].StartsWith("D.md", StringComparison.Ordinal));
        Assert.EndsWith(PlanSkeletonBuilder.UncertainMark, row.Cells[2], StringComparison.Ordinal);
        Assert.EndsWith($"；存疑：{Because}", row.Cells[^1], StringComparison.Ordinal);
        Assert.Null(kpis.Numbers![row.Index][2]);
        Assert.DoesNotContain(kpis.Rows.Where(r => !r[^1].StartsWith("D.md", StringComparison.Ordinal)), r => r.Any(c => c.Contains("存疑", StringComparison.Ordinal)));

        using var markdown = new MemoryStream();
        new MarkdownSkeletonWriter().Write(markdown, skeleton);
        Assert.Contains($"40%{PlanSkeletonBuilder.UncertainMark}", System.Text.Encoding.UTF8.GetString(markdown.ToArray()));
    }
}
