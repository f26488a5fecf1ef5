using OpsKnowledge.Core.Model;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Planning.Tests.Builders;
using OpsKnowledge.TestKit.Documents;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

/// <summary>Yearly tables on one time axis, one unit per row, staffing and budget apart from targets.</summary>
public sealed class YearTablesTests
{
    private static Document Plan(string id, string title) => OutlineDocument.Plan(id, (1, "1", "运营目标")) with { Title = title };

    private static readonly Document Port = Plan("port.txt", "码头运营执行方案（2026—2028年）");
    private static readonly Document Cold = Plan("cold.md", "冷链运营方案");
    private static readonly Document County = Plan("county.txt", "县域电商实施方案");

    private static readonly Record[] Records =
    [
        Builders.Records.Target("port.txt", "营业收入", "第1年", 17.4m, "亿元", "2 运营目标 > 2.2 年度目标"),
        Builders.Records.Target("port.txt", "营业收入", "第2年", 18.8m, "亿元", "2 运营目标 > 2.2 年度目标"),
        Builders.Records.Target("cold.md", "营业收入", "2026年", 21000, "万元", "2 运营目标 > 2.2 分年度目标"),
        Builders.Records.Target("cold.md", "营业收入", "2027年", 25500, "万元", "2 运营目标 > 2.2 分年度目标"),
        Builders.Records.Target("cold.md", "营业收入", "2028年底", 3, "亿元", "2 运营目标 > 2.1 总体目标"),
        Builders.Records.Target("county.txt", "网络零售额", "第1年", 7.5m, "亿元", "(二)分年度目标"),
        Builders.Records.Target("cold.md", "总人数", "2026年", 320, "人", "4 运营保障 > 4.3 人员配置"),
        Builders.Records.Kpi("cold.md", "仓储作业", 236, null, period: "2026年", kind: Core.Records.RecordKind.Target, section: "4 运营保障 > 4.3 人员配置"),
        Builders.Records.Target("cold.md", "累计投资", "2026-2028年", 4800, "万元", "5 投资与效益 > 5.1 投资计划"),
        Builders.Records.Target("port.txt", "新增用户", "第一季度", 6000, "户", "2 运营目标 > 2.3 分季度目标"),
    ];

    private static PlanSkeleton Build() => new PlanSkeletonBuilder().Build([Port, Cold, County], Records);

    [Fact]
    public void PlanYears_BecomeCalendarYears_FromTheStatedStartYear()
    {
        var targets = Build().Table(SkeletonTableKind.Targets);

        Assert.Equal(["指标", "2026年", "2027年", "2028年", "单位", "来源"], targets.Columns);
        var port = targets.Rows.Single(r => r[^1].StartsWith("port.txt", StringComparison.Ordinal));
        // One unit for the measure in every plan: 亿元, the unit most of its values use (21000万元 is 2.1亿元).
        Assert.Equal(["营业收入", "17.4", "18.8", "", "亿元"], port.Take(5));
        var cold = targets.Rows.Single(r => r[^1].StartsWith("cold.md", StringComparison.Ordinal));
        Assert.Equal(["营业收入", "2.1", "2.55", "3", "亿元"], cold.Take(5));
    }

    [Fact]
    public void PlanYearsOfAPlanWithoutAStartYear_AreKeptApart()
    {
        var skeleton = Build();

        Assert.DoesNotContain(skeleton.Table(SkeletonTableKind.Targets).Rows, r => r[0] == "网络零售额");
        var apart = skeleton.Table(SkeletonTableKind.PlanYearTargets);
        Assert.Equal(["指标", "第1年", "单位", "来源"], apart.Columns);
        Assert.Equal(["网络零售额", "7.5", "亿元"], apart.Rows.Single().Take(3));
    }

    [Fact]
    public void StaffingAndBudget_AreTheirOwnTables_NotTargets()
    {
        var skeleton = Build();

        Assert.DoesNotContain(skeleton.Table(SkeletonTableKind.Targets).Rows, r => r[0] is "总人数" or "仓储作业" or "累计投资");
        var staffing = skeleton.Table(SkeletonTableKind.Staffing);
        Assert.Equal([["总人数", "320", "人"], ["仓储作业", "236", "人"]], staffing.Rows.Select(r => r.Take(3).ToArray()));
        var other = skeleton.Table(SkeletonTableKind.PeriodTargets);
        Assert.Contains(other.Rows, r => r[0] == "新增用户" && r[1] == "第一季度" && r[2] == "6000");
        // Cumulative investment is budget, not a target; its period is kept as written.
        Assert.Equal(["累计投资", "2026-2028年", "4800", "万元"], skeleton.Table(SkeletonTableKind.Budget).Rows.Single().Take(4));
        Assert.DoesNotContain(other.Rows, r => r[0] == "累计投资");
    }

    [Fact]
    public void CellsHoldNumbers_InTheRowsUnit()
    {
        var targets = Build().Table(SkeletonTableKind.Targets);

        var cold = targets.Rows.Select((r, i) => (r, i)).Single(x => x.r[^1].StartsWith("cold.md", StringComparison.Ordinal)).i;
        Assert.Equal([2.1m, 2.55m, 3m], targets.Numbers![cold].Skip(1).Take(3).Select(n => n!.Value));
    }

    [Theory]
    [InlineData("冷链运营方案（2026—2028年）", 2026)]
    [InlineData("实施方案(2025-2027年)", 2025)]
    [InlineData("2026年至2030年发展规划", 2026)]
    [InlineData("县域电商实施方案", null)]
    public void StartYear_IsReadFromTheTitle(string title, int? year) =>
        Assert.Equal(year, PlanTimeAxis.StartYear(Plan("x.txt", title)));
}
