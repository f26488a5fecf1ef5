using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Web.Pages;

/// <summary>Chinese names for kinds, scopes and operators as the pages show them.</summary>
internal static class Labels
{
    public static readonly (string Value, string Label)[] Kinds =
    [
        ("", "全部"), ("section", "章节"), ("record", "全部记录"), ("kpi", "指标"), ("target", "目标"), ("risk", "风险"), ("milestone", "里程碑"),
    ];

    public static readonly (string Value, string Label)[] Scopes = [("", "全部"), ("plan", "方案自身"), ("reference", "引用案例")];

    public static string Kind(string kind) => kind switch
    {
        "section" => "章节",
        "kpi" => "指标",
        "target" => "目标",
        "risk" => "风险",
        "milestone" => "里程碑",
        _ => kind,
    };

    public static string Kind(RecordKind kind) => kind switch
    {
        RecordKind.Kpi => "指标",
        RecordKind.Target => "目标",
        RecordKind.Risk => "风险",
        RecordKind.Milestone => "里程碑",
        _ => kind.ToString(),
    };

    /// <summary>Short enough for a table column: the plan's own commitment, or a figure it cites.</summary>
    public static string Scope(RecordScope scope) => scope == RecordScope.Plan ? "方案" : "引用";

    public static string Operator(RecordOperator? op) => op switch
    {
        RecordOperator.AtLeast => "≥",
        RecordOperator.AtMost => "≤",
        RecordOperator.Equal => "=",
        RecordOperator.Range => "区间",
        RecordOperator.IncreaseBy => "提升",
        RecordOperator.DecreaseBy => "下降",
        RecordOperator.Approx => "约",
        _ => "",
    };
}
