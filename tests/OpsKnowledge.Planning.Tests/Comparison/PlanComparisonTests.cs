using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Planning.Tests.Builders;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Planning.Tests.Comparison;

public sealed class PlanComparisonTests
{
    private readonly KpiComparer _comparer = new();

    private static Record[] TwoPlans() =>
    [
        Records.Kpi("甲.docx", "顾客满意度", 90, "%", canonical: "客户满意度"),
        Records.Kpi("甲.docx", "营业收入", 1.2m, "亿元"),
        Records.Kpi("甲.docx", "员工流失率", 8, "%", op: RecordOperator.AtMost),
        Records.Kpi("乙.docx", "客户满意度", 95, "%", canonical: "客户满意度"),
        Records.Kpi("乙.docx", "营业收入", 9000, "万元"),
        Records.Kpi("乙.docx", "营业收入", 9000, "万元", scope: RecordScope.Reference, period: "同行均值"),
        Records.Kpi("乙.docx", "能耗下降率", 5, "%", op: RecordOperator.DecreaseBy),
        Records.Kpi("丙.docx", "客户满意度", 70, "%"),
    ];

    [Fact]
    public void SharedKpis_SitSideBySide_WithUnitsConverted()
    {
        var comparison = _comparer.ComparePlans("甲.docx", "乙.docx", TwoPlans());

        var shared = comparison.Shared.ToList();
        Assert.Equal(["客户满意度", "营业收入"], shared.Select(p => p.Kpi));
        Assert.Equal(5m, shared[0].Difference);
        var revenue = shared[1];
        Assert.Equal(revenue.A!.ConvertedUnit, revenue.B!.ConvertedUnit);
        Assert.Equal(-3000m * (revenue.A.ConvertedUnit == "万元" ? 1 : 0.0001m), revenue.Difference);
    }

    [Fact]
    public void KpisOfOnlyOnePlan_AreListedForThatPlan()
    {
        var comparison = _comparer.ComparePlans("甲.docx", "乙.docx", TwoPlans());

        Assert.Equal(["员工流失率"], comparison.OnlyA.Select(p => p.Kpi));
        Assert.Equal(["能耗下降率"], comparison.OnlyB.Select(p => p.Kpi));
        Assert.All(comparison.OnlyA, p => Assert.Null(p.B));
        Assert.All(comparison.OnlyB, p => Assert.Null(p.A));
    }

    [Fact]
    public void ReferenceFigures_AndOtherDocuments_AreLeftOut()
    {
        var comparison = _comparer.ComparePlans("甲.docx", "乙.docx", TwoPlans());

        Assert.DoesNotContain(comparison.Pairs, p => p.A?.Doc == "丙.docx" || p.B?.Doc == "丙.docx");
        Assert.DoesNotContain(comparison.Pairs, p => p.B?.Scope == RecordScope.Reference);
        Assert.Equal(4, comparison.Pairs.Count);
    }

    [Fact]
    public void Periods_PairByPeriod()
    {
        var records = new[]
        {
            Records.Kpi("甲", "客户满意度", 90, "%", period: "2026年"),
            Records.Kpi("甲", "客户满意度", 92, "%", period: "2027年"),
            Records.Kpi("乙", "客户满意度", 93, "%", period: "2027年"),
            Records.Kpi("乙", "客户满意度", 91, "%", period: "2026年"),
        };

        var pairs = _comparer.ComparePlans("甲", "乙", records).Pairs;

        Assert.Equal([("2026年", 90m, 91m), ("2027年", 92m, 93m)], pairs.Select(p => (p.Period!, p.A!.Number!.Value, p.B!.Number!.Value)));
    }
}
