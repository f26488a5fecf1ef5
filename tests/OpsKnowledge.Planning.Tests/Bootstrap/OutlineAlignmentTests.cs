using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.TestKit.Documents;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

/// <summary>The skeleton's outline is the plans' common structure: one chapter per concept, nesting kept, no interleaving.</summary>
public sealed class OutlineAlignmentTests
{
    private readonly PlanSkeletonBuilder _builder = new();

    [Fact]
    public void RiskChaptersWordedDifferently_AreOneChapter()
    {
        var plans = new[]
        {
            OutlineDocument.Plan("甲.md", (1, "1", "运营目标"), (1, "2", "风险管理"), (2, "2.1", "市场风险")),
            OutlineDocument.Plan("乙.txt", (1, "一", "运营目标"), (1, "二", "主要风险及应对"), (2, "(一)", "市场风险")),
        };

        var outline = _builder.Build(plans, []).Outline;

        Assert.Equal(["1 运营目标", "2 风险管理", "2.1 市场风险"], outline.Select(h => h.Heading));
        Assert.Equal(2, outline[1].PlanCount);
    }

    [Fact]
    public void SharedSubsections_StayUnderTheirOwnChapter_WhenTheChapterIsNotShared()
    {
        // 人员配置 is shared, its chapters (运营保障, 资源配置) are not: it must not become a child of the preceding 运营目标.
        var plans = new[]
        {
            OutlineDocument.Plan("甲.md", (1, "1", "运营目标"), (2, "1.1", "总体目标"), (1, "2", "运营保障"), (2, "2.1", "人员配置")),
            OutlineDocument.Plan("乙.txt", (1, "1", "运营目标"), (2, "1.1", "总体目标"), (1, "5", "资源配置"), (2, "5.1", "人员配置")),
            OutlineDocument.Plan("丙.txt", (1, "1", "运营目标"), (2, "1.1", "总体目标"), (1, "4", "组织实施"), (2, "4.2", "人员配置")),
        };

        var outline = _builder.Build(plans, []).Outline;

        Assert.Equal(["1 运营目标", "1.1 总体目标", "2 人员配置"], outline.Select(h => h.Heading));
    }

    [Fact]
    public void ChildrenFollowTheirParent_HeadingsOfOtherChaptersAreNotInterleaved()
    {
        var plans = new[]
        {
            OutlineDocument.Plan("甲.md", (1, "1", "项目背景"), (1, "2", "运营目标"), (2, "2.1", "总体目标"), (2, "2.2", "分年度目标"), (1, "3", "保障措施")),
            OutlineDocument.Plan("乙.txt", (1, "1", "运营目标"), (1, "2", "现状分析"), (1, "3", "保障措施"), (2, "3.1", "总体目标"), (2, "3.2", "分年度目标")),
            OutlineDocument.Plan("丙.md", (1, "1", "背景与现状"), (1, "2", "运营目标"), (2, "2.1", "总体目标"), (2, "2.2", "分年度目标"), (1, "3", "保障措施")),
        };

        var outline = _builder.Build(plans, []).Outline;

        Assert.Equal(["1 项目背景", "2 运营目标", "2.1 总体目标", "2.2 分年度目标", "3 保障措施"], outline.Select(h => h.Heading));
        Assert.Equal(3, outline[0].PlanCount);
    }
}
