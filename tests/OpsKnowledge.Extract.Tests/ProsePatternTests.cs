using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Tests.Documents;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Extract.Tests;

public sealed class ProsePatternTests
{
    private static IReadOnlyList<Record> Extract(params string[] paragraphs)
    {
        var builder = new DocumentBuilder("prose.txt").Heading("1", "运营目标");
        foreach (var p in paragraphs) builder.Paragraph(p);
        return RecordExtractor.Default.Extract(builder.Build());
    }

    [Theory]
    [InlineData("车辆平均等待时间由95分钟缩短至30分钟以内。", RecordKind.Kpi, "车辆平均等待时间", 30, "分钟", 95, RecordOperator.AtMost, Direction.Down)]
    [InlineData("客户满意度从85%提升至95%以上。", RecordKind.Kpi, "客户满意度", 95, "%", 85, RecordOperator.AtLeast, Direction.Up)]
    [InlineData("订单处理时长由48小时逐步压缩到24小时。", RecordKind.Kpi, "订单处理时长", 24, "小时", 48, RecordOperator.AtMost, Direction.Down)]
    [InlineData("营业收入从2025年的3000万元增长到5000万元。", RecordKind.Target, "营业收入", 5000, "万元", 3000, RecordOperator.AtLeast, Direction.Up)]
    [InlineData("夜间保安岗位由14个调整为12个。", RecordKind.Target, "夜间保安岗位", 12, "个", 14, RecordOperator.Equal, Direction.Up)]
    public void ChangeFromTo_GivesBaselineAndTarget(string text, RecordKind kind, string name, double number, string unit, double baseline, RecordOperator op, Direction direction)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal(kind, record.Kind);
        Assert.Equal(name, record.Name);
        Assert.Equal((decimal)number, record.Measure!.Number);
        Assert.Equal(unit, record.Measure!.Unit);
        Assert.Equal((decimal)baseline, record.Measure!.BaselineNumber);
        Assert.Equal(op, record.Measure!.Op);
        Assert.Equal(direction, record.Measure!.Direction);
    }

    [Theory]
    [InlineData("客户满意度达到95%以上。", "客户满意度", 95, "%", RecordOperator.AtLeast)]
    [InlineData("员工流失率不超过8%。", "员工流失率", 8, "%", RecordOperator.AtMost)]
    [InlineData("单车油耗控制在12升以内。", "单车油耗", 12, null, RecordOperator.AtMost)]
    [InlineData("平台入驻商户突破500家。", "平台入驻商户", 500, "家", RecordOperator.AtLeast)]
    [InlineData("培训覆盖率不低于百分之八十。", "培训覆盖率", 80, "%", RecordOperator.AtLeast)]
    [InlineData("年营业收入达到1.2亿元。", "年营业收入", 1.2, "亿元", RecordOperator.AtLeast)]
    [InlineData("客户投诉率下降40%。", "客户投诉率", 40, "%", RecordOperator.DecreaseBy)]
    [InlineData("仓储坪效提高12个百分点。", "仓储坪效", 12, "个百分点", RecordOperator.IncreaseBy)]
    [InlineData("毛利率保持在18%-25%。", "毛利率", 18, "%", RecordOperator.Range)]
    public void Levels_AreRead(string text, string name, double number, string? unit, RecordOperator op)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal(name, record.Name);
        Assert.Equal((decimal)number, record.Measure!.Number);
        Assert.Equal(unit, record.Measure!.Unit);
        Assert.Equal(op, record.Measure!.Op);
    }

    [Fact]
    public void OneSentence_HoldsSeveralRecords()
    {
        var records = Extract("到2027年，客户满意度提升至95%，投诉率下降30%，重大安全事故为零。");
        Assert.Equal(["客户满意度", "投诉率", "重大安全事故"], records.Select(r => r.Name));
        Assert.All(records, r => Assert.Equal("2027年", r.Period));
        Assert.Equal(0m, records[2].Measure!.Number);
    }

    [Theory]
    [InlineData("三年内实现社区网点全覆盖。", "社区网点覆盖", "三年内")]
    [InlineData("温湿度监测探头实现全部库位全覆盖。", "温湿度监测探头库位覆盖", null)]
    public void Coverage_IsAKpiAtFullCoverage(string text, string name, string? period)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal(RecordKind.Kpi, record.Kind);
        Assert.Equal(name, record.Name);
        Assert.Equal(100m, record.Measure!.Number);
        Assert.Equal(period, record.Period);
    }

    [Fact]
    public void CoverageAfterADeliverableDate_IsAMilestone()
    {
        var record = Assert.Single(Extract("第二年实现村级服务站点全覆盖。"));
        Assert.Equal(RecordKind.Milestone, record.Kind);
        Assert.Equal("第二年", record.Milestone!.Date);
    }

    [Theory]
    [InlineData("新建产地预冷库8座。", "新建产地预冷库", 8, "座")]
    [InlineData("培训收入3300万元。", "培训收入", 3300, "万元")]
    [InlineData("全年管理费收入4,720万港元。", "管理费收入", 4720, "万港元")]
    public void PlannedAmounts_AreTargets(string text, string name, double number, string unit)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal((RecordKind.Target, name, (decimal)number, unit), (record.Kind, record.Name, record.Measure!.Number!.Value, record.Measure!.Unit));
    }

    [Theory]
    [InlineData("早高峰时段候车时间不超过6分钟。", "不超过6分钟", RecordOperator.AtMost)]
    [InlineData("单次维修响应不超2小时。", "不超2小时", RecordOperator.AtMost)]
    [InlineData("门店客流量超过3000人次。", "超过3000人次", RecordOperator.AtLeast)]
    public void NegatedHedge_StaysInTheValue_SoItNeverReadsAsItsOpposite(string text, string value, RecordOperator op)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal((value, op), (record.Measure!.Value, record.Measure!.Op!.Value));
    }

    [Fact]
    public void ResponseTime_IsAKpi()
    {
        var record = Assert.Single(Extract("消费者投诉在48小时内处理完毕。"));
        Assert.Equal((RecordKind.Kpi, "消费者投诉", 48m, "小时", RecordOperator.AtMost), (record.Kind, record.Name, record.Measure!.Number!.Value, record.Measure!.Unit, record.Measure!.Op!.Value));
    }

    [Fact]
    public void ComparatorClause_InheritsTheIndicator()
    {
        var records = Extract("全年供销差率控制在3%以内，较上年下降0.4个百分点。");
        Assert.Equal(["供销差率", "供销差率"], records.Select(r => r.Name));
        Assert.Equal(RecordOperator.DecreaseBy, records[1].Measure!.Op);
        Assert.All(records, r => Assert.Equal("全年", r.Period));
    }

    [Fact]
    public void TraditionalScript_IsReadAndKeptAsWritten()
    {
        var records = Extract("客戶滿意度由82分提高至88分以上，全年重大安全事故為零。");
        Assert.Equal(["客戶滿意度", "重大安全事故"], records.Select(r => r.Name));
        Assert.Equal("客户满意度", records[0].Measure!.CanonicalName);
        Assert.Equal((88m, 82m, "分"), (records[0].Measure!.Number!.Value, records[0].Measure!.BaselineNumber!.Value, records[0].Measure!.Unit));
    }

    [Fact]
    public void CurrentStateSections_GiveReferenceRecords()
    {
        // Figures under 现状/回顾 are results a consultant uses as baselines: reference records, never plan targets.
        var document = new DocumentBuilder("state.txt").Heading("1", "运营现状分析").Paragraph("2025年实现营业收入14.8亿元，客户满意度为86分。").Build();
        var records = RecordExtractor.Default.Extract(document).Where(r => r.Measure?.Number is not null).ToList();
        Assert.Equal([14.8m, 86m], records.Select(r => r.Measure!.Number!.Value).ToArray());
        Assert.All(records, r => Assert.Equal(RecordScope.Reference, r.Scope));
    }

    [Theory]
    [InlineData("短期目标(1-2年):建立服务体系,进入区域市场", "短期(1-2年)")]
    [InlineData("中期目标（3-5年）：成为主流服务商", "中期(3-5年)")]
    public void HorizonGoals_AreTargetsWithoutNumber(string text, string period)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal(RecordKind.Target, record.Kind);
        Assert.Null(record.Measure!.Number);
        Assert.Equal(period, record.Period);
    }

    [Theory]
    [InlineData("2026年6月底前完成智能调度系统上线。", "2026年6月底前", "完成智能调度系统上线")]
    [InlineData("在6个月内完成全部门店的收银系统改造。", "6个月内", "完成全部门店的收银系统改造")]
    [InlineData("第二年实现盈亏平衡。", "第二年", "实现盈亏平衡")]
    public void Milestones_CarryTheirDate(string text, string date, string name)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal(RecordKind.Milestone, record.Kind);
        Assert.Equal(date, record.Milestone!.Date);
        Assert.Equal(name, record.Name);
    }

    [Fact]
    public void EnumeratedRisk_HasDescriptionAndMitigation()
    {
        var record = Assert.Single(Extract("一是人才流失风险，核心技术人员被竞争对手挖角，应通过股权激励和职业通道予以应对。"));
        Assert.Equal(RecordKind.Risk, record.Kind);
        Assert.Equal("人才流失风险", record.Name);
        Assert.Equal("核心技术人员被竞争对手挖角", record.Risk!.Description);
        Assert.Equal("股权激励和职业通道", record.Risk!.Mitigation);
    }

    [Fact]
    public void RiskSources_TakeMitigationFromNextSentence()
    {
        var record = Assert.Single(Extract("项目风险主要来自原材料价格波动。应对需建立价格联动机制。"));
        Assert.Equal(RecordKind.Risk, record.Kind);
        Assert.Equal("原材料价格波动", record.Name);
        Assert.Equal("建立价格联动机制", record.Risk!.Mitigation);
    }

    [Theory]
    [InlineData("2025年公司召开了3次会议。")]
    [InlineData("本方案共分为五个部分。")]
    [InlineData("加强风险管理，提升服务质量。")]
    [InlineData("市场竞争日趋激烈，行业集中度不断提高。")]
    public void NearMisses_GiveNoRecords(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("某物流企业通过集中调度使车辆周转率提升35%。", RecordScope.Reference)]
    [InlineData("行业平均冷链流通率约为35%。", RecordScope.Reference)]
    [InlineData("据中国连锁经营协会报告，门店坪效平均提升12%。", RecordScope.Reference)]
    [InlineData("专家观点认为数字化可使差错率下降50%。", RecordScope.Reference)]
    [InlineData("车辆周转率提升35%（案例：华东某园区）。", RecordScope.Reference)]
    [InlineData("车辆周转率提升35%。", RecordScope.Plan)]
    public void Scope_TellsCitedCasesFromPlan(string text, RecordScope scope)
    {
        var record = Assert.Single(Extract(text));
        Assert.Equal(scope, record.Scope);
    }

    [Fact]
    public void Source_PointsAtTheClause()
    {
        var builder = new DocumentBuilder("span.txt").Heading("1", "目标").Paragraph("到2028年底，订单准确率从97.5%提升至99.8%以上。");
        var document = builder.Build();
        var record = Assert.Single(RecordExtractor.Default.Extract(document));
        Assert.Equal("订单准确率从97.5%提升至99.8%以上", document.Text[record.Source.Start..record.Source.End]);
        Assert.Equal("1 目标", record.Section);
        Assert.Equal("span.txt#kpi-1", record.Id);
    }
}
