using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Tests.Builders;
using OpsKnowledge.TestKit.Documents;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

/// <summary>Three plans numbered in three styles (1.1 / （一） / 第二章) with targets, KPIs, risks and milestones.</summary>
internal static class SkeletonFixture
{
    public static Document PlanA { get; } = OutlineDocument.Plan("A.docx",
        (1, "1", "项目概况"), (2, "1.1", "项目背景"),
        (1, "2", "经营目标"), (2, "2.1", "销售目标"), (2, "2.2", "服务目标"),
        (1, "3", "运营指标"), (1, "4", "风险管理"), (1, "5", "实施计划"), (1, "6", "附件说明"));

    public static Document PlanB { get; } = OutlineDocument.Plan("B.pdf",
        (1, "一", "项目概况"), (2, "(一)", "项目背景"),
        (1, "二", "经营目标"), (2, "(一)", "销售目标"),
        (1, "三", "运营指标"), (1, "四", "风险管理"), (1, "五", "保障措施"), (1, "六", "实施计划"));

    // The structure stage sometimes leaves the number inside the title; alignment must cope.
    public static Document PlanC { get; } = OutlineDocument.Plan("C.md",
        (1, null, "第一章 项目概况"), (1, null, "第二章 销售目标"), (1, null, "第三章 风险管理"),
        (1, null, "第四章 实施计划"), (1, null, "第五章 考核办法"));

    public static IReadOnlyList<Document> Plans { get; } = [PlanA, PlanB, PlanC];

    public static IReadOnlyList<Record> Records { get; } =
    [
        Builders.Records.Target("A.docx", "营业收入", "2026年", 8000, "万元", section: "2 经营目标 > 2.1 销售目标"),
        Builders.Records.Target("A.docx", "营业收入", "2027年", 9500, "万元", section: "2 经营目标 > 2.1 销售目标"),
        Builders.Records.Target("A.docx", "客户满意度", "2026年", 90, "%", section: "2 经营目标 > 2.2 服务目标"),
        Builders.Records.Target("B.pdf", "营业收入", "2026年", 7800, "万元", section: "二、经营目标 > (一)销售目标"),
        Builders.Records.Kpi("B.pdf", "行业平均营收", 6000, "万元", period: "2025年", kind: RecordKind.Target, scope: RecordScope.Reference),
        Builders.Records.Kpi("A.docx", "客户满意度", 90, "%", value: "≥90%", baseline: "85%", baselineNumber: 85, period: "年度", section: "3 运营指标"),
        Builders.Records.Kpi("C.md", "投诉处理率", 98, "%", value: "≥98%", period: "季度", section: "第五章 考核办法"),
        Builders.Records.Kpi("B.pdf", "顾客满意度", 92, "%", value: "≥92%", canonical: "客户满意度", period: "年度", section: "三 运营指标"),
        Builders.Records.Risk("A.docx", "核心人员流失风险", "高", "建立后备人才梯队，关键岗位AB角", likelihood: "中", impact: "高", section: "4 风险管理"),
        Builders.Records.Risk("C.md", "政策调整风险", "中", "定期跟踪政策变化，预留调整空间", section: "第三章 风险管理"),
        Builders.Records.Milestone("A.docx", "完成系统上线", "2026年6月底前", section: "5 实施计划"),
        Builders.Records.Milestone("B.pdf", "完成人员招聘与培训", "2026年3月", section: "六 实施计划"),
        Builders.Records.Milestone("B.pdf", "标杆项目开业", "2019年", scope: RecordScope.Reference),
    ];
}
