using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.TestKit.Documents;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

public sealed class PlanSkeletonBuilderTests
{
    private readonly PlanSkeletonBuilder _builder = new();

    private PlanSkeleton Build() => _builder.Build(SkeletonFixture.Plans, SkeletonFixture.Records);

    [Fact]
    public void Outline_KeepsHeadingsSharedByHalfThePlans_InAveragePosition()
    {
        var outline = Build().Outline;

        Assert.Equal(
            ["1 项目概况", "1.1 项目背景", "2 经营目标", "2.1 销售目标", "3 运营指标", "4 风险管理", "5 实施计划"],
            outline.Select(h => h.Heading));
    }

    [Fact]
    public void Outline_AlignsHeadingsAcrossNumberingStyles()
    {
        var sales = Build().Outline.Single(h => h.Title == "销售目标");

        Assert.Equal(3, sales.PlanCount);
        Assert.Equal(2, sales.Level);
        Assert.Equal(["A.docx › 2.1 销售目标", "B.pdf › (一)销售目标", "C.md › 第二章 销售目标"], sales.Sources);
    }

    [Theory]
    [InlineData("1.1 销售目标")]
    [InlineData("（一）销售目标")]
    [InlineData("(一) 销售目标")]
    [InlineData("第二章 销售目标")]
    [InlineData("二、销售目标")]
    [InlineData("3、销售目标：")]
    [InlineData("一、（一）销售目标")]
    [InlineData("销售目标")]
    [InlineData("ＳＡＬＥＳ目标")]
    public void HeadingNumbering_IsIgnoredWhenAligning(string title)
    {
        var plans = new[]
        {
            OutlineDocument.Plan("甲.docx", (1, null, title), (1, null, "总体思路")),
            OutlineDocument.Plan("乙.docx", (1, null, title == "ＳＡＬＥＳ目标" ? "sales 目标" : "销售目标"), (1, null, "保障措施")),
        };

        var outline = _builder.Build(plans, []).Outline;

        var shared = Assert.Single(outline, h => h.PlanCount == 2);
        Assert.Equal(2, shared.Sources.Count);
    }

    [Fact]
    public void OnePlan_KeepsAllItsHeadings()
    {
        var skeleton = _builder.Build([SkeletonFixture.PlanA], SkeletonFixture.Records);

        Assert.Equal(SkeletonFixture.PlanA.Sections.Count, skeleton.Outline.Count);
        Assert.Equal("6 附件说明", skeleton.Outline[^1].Heading);
    }

    [Fact]
    public void Levels_NeverSkip()
    {
        var plan = OutlineDocument.Plan("甲.docx", (2, "1.1", "背景"), (3, "1.1.1", "现状"), (1, "2", "目标"), (3, "2.1.1", "细项"));

        var outline = _builder.Build([plan], []).Outline;

        Assert.Equal(["1 背景", "1.1 现状", "2 目标", "2.1 细项"], outline.Select(h => h.Heading));
    }

    [Fact]
    public void TargetsTable_HasPeriodsAsColumns_AndAPlanScopeRowPerMeasureAndPlan()
    {
        var targets = Build().Table(SkeletonTableKind.Targets);

        Assert.Equal(["指标", "2026年", "2027年", "单位", "来源"], targets.Columns);
        Assert.Equal(
        [
            ["营业收入", "8000", "9500", "万元", "A.docx › 2.1 销售目标"],
            ["客户满意度", "90", "", "%", "A.docx › 2.2 服务目标"],
            ["营业收入", "7800", "", "万元", "B.pdf › (一)销售目标"],
        ], targets.Rows.Select(r => r.ToArray()));
        Assert.Equal(3, targets.FilledRows);
        Assert.Equal(new SkeletonNumber(8000m), targets.Numbers![0][1]);
    }

    [Fact]
    public void KpiTable_GroupsOneKpiAcrossPlans_WithBaselineAndSource()
    {
        var kpis = Build().Table(SkeletonTableKind.Kpis);

        Assert.Equal(["指标", "基准值", "目标值", "单位", "考核周期", "来源"], kpis.Columns);
        Assert.Equal(
        [
            ["客户满意度", "85%", "≥90%", "%", "年度", "A.docx › 3 运营指标"],
            ["客户满意度", "", "≥92%", "%", "年度", "B.pdf › 三 运营指标"],
            ["投诉处理率", "", "≥98%", "%", "季度", "C.md › 第五章 考核办法"],
        ], kpis.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void RiskAndMilestoneTables_ArePrefilled_ReferenceLeftOut()
    {
        var skeleton = Build();

        Assert.Equal(
        [
            ["核心人员流失风险", "高", "中", "高", "建立后备人才梯队，关键岗位AB角", "A.docx › 4 风险管理"],
            ["政策调整风险", "中", "", "", "定期跟踪政策变化，预留调整空间", "C.md › 第三章 风险管理"],
        ], skeleton.Table(SkeletonTableKind.Risks).Rows.Select(r => r.ToArray()));
        Assert.Equal(
        [
            ["完成系统上线", "2026年6月底前", "A.docx › 5 实施计划"],
            ["完成人员招聘与培训", "2026年3月", "B.pdf › 六 实施计划"],
        ], skeleton.Table(SkeletonTableKind.Milestones).Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Tables_GoUnderTheirHeadings()
    {
        var skeleton = Build();

        string HeadingOf(SkeletonTableKind kind) => skeleton.Outline[skeleton.Table(kind).HeadingIndex!.Value].Title;
        Assert.Equal("经营目标", HeadingOf(SkeletonTableKind.Targets));
        Assert.Equal("运营指标", HeadingOf(SkeletonTableKind.Kpis));
        Assert.Equal("风险管理", HeadingOf(SkeletonTableKind.Risks));
        Assert.Equal("实施计划", HeadingOf(SkeletonTableKind.Milestones));
    }

    [Fact]
    public void NothingFound_GivesEmptyTablesWithOneRowToFill()
    {
        var plan = OutlineDocument.Plan("甲.docx", (1, "1", "总体思路"));

        var skeleton = _builder.Build([plan], []);

        Assert.All(skeleton.Tables, t =>
        {
            Assert.Equal(0, t.FilledRows);
            Assert.All(Assert.Single(t.Rows), cell => Assert.Equal("", cell));
            Assert.Null(t.HeadingIndex);
        });
    }
}
