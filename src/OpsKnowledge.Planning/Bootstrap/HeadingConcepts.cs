namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>
/// Headings that differ in wording but stand for one chapter of a plan (风险管理 / 风险防控 / 主要风险及应对): aligned as one concept,
/// so a skeleton never has two risk chapters. A title is a concept's only when nothing but the concept's words remains
/// (市场风险 keeps its own key: it is one risk, a subsection).
/// </summary>
internal static class HeadingConcepts
{
    private sealed record Concept(string Key, string Core, string[] Words);

    private static readonly Concept[] Concepts =
    [
        new("§risk", "风险", ["管理", "防控", "控制", "应对", "分析", "识别", "评估", "管控", "预案", "防范", "措施", "主要", "及", "与", "和", "的"]),
        new("§background", "背景", ["项目", "现状", "分析", "运营", "发展", "与", "及", "和", "问题", "基本情况"]),
        new("§background", "现状", ["项目", "分析", "运营", "发展", "与", "及", "和", "问题", "存在的", "存在"]),
        new("§schedule", "进度", ["实施", "安排", "计划", "步骤", "时间", "阶段", "工作", "与", "及", "和"]),
        new("§schedule", "实施步骤", ["与", "及", "和", "安排"]),
        new("§schedule", "时间安排", ["实施", "工作", "与", "及", "和"]),
        new("§schedule", "里程碑", ["实施", "计划", "安排", "节点", "与", "及", "和", "关键"]),
        new("§kpi", "指标", ["关键", "运营", "绩效", "考核", "主要", "kpi", "体系", "与", "及", "和", "监测"]),
        new("§guarantee", "保障措施", ["实施", "工作", "主要"]),
    ];

    /// <summary>The concept a folded title (see <see cref="HeadingTitleKey.Of"/>) stands for, or null.</summary>
    public static string? Of(string foldedTitle)
    {
        foreach (var concept in Concepts)
        {
            if (!foldedTitle.Contains(concept.Core, StringComparison.Ordinal)) continue;
            var rest = foldedTitle.Replace(concept.Core, "", StringComparison.Ordinal);
            // Longest words first, so 基本情况 goes before 基本 would.
            foreach (var word in concept.Words.OrderByDescending(w => w.Length)) rest = rest.Replace(word, "", StringComparison.Ordinal);
            if (rest.Length == 0) return concept.Key;
        }
        return null;
    }
}
