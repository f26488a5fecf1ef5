using OpsKnowledge.Core.Records;
using OpsKnowledge.TestKit.Documents;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Extract.Tests;

/// <summary>Prose confidence follows the evidence: a figure named by the words right before it is trusted more than a count named by the noun after it.</summary>
public sealed class EvidenceConfidenceTests
{
    private static IReadOnlyList<Record> Extract(string text) =>
        RecordExtractor.Default.Extract(TestDocumentBuilder.FromPlainText(text, "confidence.txt"));

    [Fact]
    public void IndicatorNamedRightBeforeItsFigure_IsConfident()
    {
        var records = Extract("2026年青川市政府工作报告\n1 2025年工作回顾\n全市地区生产总值达到3120亿元，城镇调查失业率5.1%。");
        Assert.All(records.Where(r => r.Kind is RecordKind.Target or RecordKind.Kpi), r => Assert.True(r.Confidence >= 0.9, $"{r.Name} {r.Confidence}"));
    }

    [Fact]
    public void CountNamedByTheNounAfterIt_IsAGuess()
    {
        var records = Extract("2026年青川市政府工作报告\n1 2026年重点工作\n在东部山区建设12个应急物资库。");
        var count = Assert.Single(records, r => r.Measure?.Number == 12);
        Assert.True(count.Confidence < 0.7, $"{count.Name} {count.Confidence}");
    }

    [Fact]
    public void NameHoldingAListOrNoUnit_IsLessConfident()
    {
        var direct = Extract("2026年青川市政府工作报告\n1 2025年工作回顾\n全市粮食产量达到98万吨。").Single(r => r.Measure?.Number == 98);
        var listed = Extract("2026年青川市政府工作报告\n1 2025年工作回顾\n全市粮食、油料产量达到98万吨。").Single(r => r.Measure?.Number == 98);
        Assert.True(listed.Confidence < direct.Confidence, $"{listed.Name} {listed.Confidence} vs {direct.Name} {direct.Confidence}");
    }

    [Fact]
    public void FrontMatterLabels_GiveNoMilestone()
    {
        var records = Extract("青川市应急体系规划\n发布日期: 2026年3月发布机构: 青川市人民政府 来源: 青川市政府网\n1 总体目标\n2027年6月底前完成应急指挥平台建设。");
        var milestone = Assert.Single(records, r => r.Kind == RecordKind.Milestone);
        Assert.Contains("应急指挥平台", milestone.Name);
    }
}
