using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Tests.Documents;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Extract.Tests;

public sealed class TableInterpreterTests
{
    private static IReadOnlyList<Record> Extract(params string[][] rows) =>
        RecordExtractor.Default.Extract(new DocumentBuilder("table.txt").Heading("1", "目标").Table(rows).Build());

    [Fact]
    public void PeriodTable_GivesOneTargetPerMeasureCell()
    {
        var records = Extract(["年度", "销售额", "项目数", "重点方向"], ["第1年", "800万", "100个", "能力建设"], ["第2年", "1600万", "200个", "市场拓展"]);
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal(RecordKind.Target, r.Kind));
        var first = records[0];
        Assert.Equal(("销售额", "第1年", 800m, "万元"), (first.Name, first.Period, first.Measure!.Number!.Value, first.Measure!.Unit));
        Assert.Equal((0, 1, 1), (first.Source.Table!.Value, first.Source.Row!.Value, first.Source.Col!.Value));
    }

    [Fact]
    public void HeaderUnit_AppliesToCells()
    {
        var record = Extract(["阶段", "营业收入(万元)"], ["2026年", "4200"])[0];
        Assert.Equal(("营业收入", 4200m, "万元"), (record.Name, record.Measure!.Number!.Value, record.Measure!.Unit));
    }

    [Fact]
    public void TransposedTable_TakesPeriodsFromTheHeader()
    {
        var records = Extract(["指标", "2026年", "2027年"], ["配送单量(万单)", "36", "48"]);
        Assert.Equal(["2026年", "2027年"], records.Select(r => r.Period));
        Assert.All(records, r => Assert.Equal("万单", r.Measure?.Unit));
    }

    [Fact]
    public void IndicatorTable_GivesKpisWithBaseline()
    {
        var records = Extract(["指标名称", "现状值", "目标值", "考核周期"], ["温控达标率", "96%", "≥99.5%", "每月"], ["重大投诉", "2", "0", "每季度"]);
        Assert.Equal(2, records.Count);
        Assert.Equal((RecordKind.Kpi, 99.5m, 96m, RecordOperator.AtLeast), (records[0].Kind, records[0].Measure!.Number!.Value, records[0].Measure!.BaselineNumber!.Value, records[0].Measure!.Op!.Value));
        Assert.Equal((0m, Direction.Down), (records[1].Measure!.Number!.Value, records[1].Measure!.Direction!.Value));
        Assert.Equal("重大投诉", records[1].Measure!.CanonicalName);
    }

    [Theory]
    [InlineData("2024年实际")]
    [InlineData("基期值")]
    [InlineData("上年完成")]
    [InlineData("现状")]
    public void IndicatorTable_ReadsBaselineFromActualColumns(string header)
    {
        var records = Extract(["指标名称", header, "2026年目标"], ["库存准确率", "98.5%", "≥99.8%"]);
        var record = Assert.Single(records);
        Assert.Equal(("98.5%", 98.5m, 99.8m, "2026年"), (record.Measure!.Baseline, record.Measure!.BaselineNumber!.Value, record.Measure!.Number!.Value, record.Period));
    }

    [Fact]
    public void PeriodsAcrossTheTop_TakeTheActualColumnAsBaseline_NotAsATarget()
    {
        var records = Extract(["指标", "2024年实际", "2025年", "2026年"], ["营业收入(万元)", "8200", "9000", "9800"]);
        Assert.Equal(["2025年", "2026年"], records.Select(r => r.Period));
        Assert.All(records, r => Assert.Equal((8200m, "万元"), (r.Measure!.BaselineNumber!.Value, r.Measure?.Unit)));
    }

    [Fact]
    public void PeriodRows_TakeTheActualRowAsBaseline_NotAsATarget()
    {
        var records = Extract(["年度", "营业收入(亿元)"], ["2024年(实际)", "1.6"], ["2025年", "1.8"], ["2026年", "2.1"]);
        Assert.Equal(["2025年", "2026年"], records.Select(r => r.Period));
        Assert.All(records, r => Assert.Equal(1.6m, r.Measure?.BaselineNumber));
    }

    [Fact]
    public void TargetColumnNamingActual_StaysATarget()
    {
        var record = Assert.Single(Extract(["指标名称", "目标值(实际考核)"], ["客户满意度", "92%"]));
        Assert.Equal((92m, (string?)null), (record.Measure!.Number!.Value, record.Measure!.Baseline));
    }

    [Fact]
    public void CatalogueDirection_BeatsTheSentence()
    {
        var records = RecordExtractor.Default.Extract(new DocumentBuilder("prose.txt").Heading("1", "目标")
            .Paragraph("货物上架时间从95分钟缩短至30分钟以内；库存准确率不低于99.8%。").Build());
        Assert.Equal(Direction.Up, Assert.Single(records, r => r.Name == "库存准确率").Measure!.Direction);
    }

    [Fact]
    public void RiskTable_GivesRisks()
    {
        var record = Assert.Single(Extract(["风险类型", "风险描述", "风险等级", "应对措施"], ["人才风险", "专家流失", "高", "激励机制"]));
        Assert.Equal((RecordKind.Risk, "人才风险", "专家流失", "高", "激励机制"), (record.Kind, record.Name, record.Risk!.Description, record.Risk!.Level, record.Risk!.Mitigation));
    }

    [Fact]
    public void StructureTable_GivesOneTargetPerRow()
    {
        var records = Extract(["客户层级", "客户类型", "目标占比"], ["战略客户", "大型企业", "40%"], ["一般客户", "小微企业", "60%"]);
        Assert.Equal(["战略客户", "一般客户"], records.Select(r => r.Name));
        Assert.Equal(40m, records[0].Measure!.Number);
    }

    [Fact]
    public void ContactTable_GivesNothing() =>
        Assert.Empty(Extract(["姓名", "部门", "电话"], ["王经理", "运营部", "13800000000"]));

    [Fact]
    public void CatalogTable_GivesNothing() =>
        Assert.Empty(Extract(["服务类别", "服务名称", "目标市场", "定位"], ["技术咨询", "工程咨询", "制造企业", "核心服务"]));
}
