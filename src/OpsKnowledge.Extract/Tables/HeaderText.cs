using System.Text.RegularExpressions;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.Tables;

/// <summary>Reads a column header: splits off its unit and says what role its words give the column.</summary>
public static partial class HeaderText
{
    [GeneratedRegex(@"^(?<name>.+?)\s*(?:[（(]\s*(?:单位\s*[:：]\s*)?(?<unit>[^）)]{1,8})\s*[）)]|[/／]\s*(?<unit>[^/／]{1,4}))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitSuffix { get; }

    [GeneratedRegex($@"^(?:{UnitCatalog.Pattern}|万|亿)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitOnly { get; }

    /// <summary>"营业收入(万元)" gives ("营业收入", "万元"); a parenthesis that is not a unit stays in the name.</summary>
    public static (string Name, string? Unit) Split(string header)
    {
        // Matched on the simplified form (萬元 is 万元); the name keeps the header's own script.
        var match = UnitSuffix.Match(ScriptFolding.ForExtraction.ToSimplified(header));
        if (match.Success)
        {
            var unit = match.Groups["unit"].Value.Trim();
            if (UnitOnly.IsMatch(unit)) return (header[..match.Groups["name"].Length].Trim(), UnitCatalog.Normalize(unit));
        }
        return (header, null);
    }

    /// <summary>The role a header's words give; <see cref="ColumnRole.Other"/> when the words do not tell.</summary>
    public static ColumnRole RoleOf(string name)
    {
        var h = name.Replace(" ", "");
        if (h.Length == 0) return ColumnRole.Other;
        if (h.Contains("风险") && ContainsAny(h, "类型", "类别", "名称", "因素", "事项", "分类", "项") || h is "风险" or "风险点") return ColumnRole.RiskName;
        if (ContainsAny(h, "应对", "措施", "对策", "防范", "缓解", "预案")) return ColumnRole.Mitigation;
        if (ContainsAny(h, "可能性", "概率", "发生率")) return ColumnRole.Likelihood;
        if (StartsWith(h, "影响") || h is "影响程度" or "影响度" or "后果") return ColumnRole.Impact;
        if (ContainsAny(h, "等级", "级别") || h is "程度" or "风险程度") return ColumnRole.RiskLevel;
        if (h.Contains("描述") || h is "风险表现" or "具体表现" or "风险内容" or "说明" or "风险说明") return ColumnRole.RiskDescription;
        if (ContainsAny(h, "周期", "频率", "频次")) return ColumnRole.Cycle;
        if (IsBaselineWording(h)) return ColumnRole.Baseline;
        if (h.Contains("指标") && ContainsAny(h, "类别", "类型", "维度", "分类")) return ColumnRole.Category;
        if (h.Contains("指标") || h is "KPI" or "kpi" or "考核项" or "考核项目" or "衡量标准") return ColumnRole.Indicator;
        if (ContainsAny(h, "占比", "比例", "比重", "份额", "构成比")) return ColumnRole.Share;
        if (h.Contains("目标") || h is "标准值" or "要求" or "考核标准") return ColumnRole.TargetValue;
        if (h is "年度" or "年份" or "阶段" or "时间" or "期间" or "时期" or "年" or "季度" or "月份" or "时间节点" or "周期" or "时段"
            || EndsWith(h, "阶段") || EndsWith(h, "年度")) return ColumnRole.Period;
        if (ContainsAny(h, "项目", "层级", "构成", "科目", "类别", "类型", "分类", "组成", "结构", "渠道", "业务线", "板块")) return ColumnRole.Item;
        return ColumnRole.Other;
    }

    /// <summary>True for headers and row labels that give what already is rather than a target: 现状值, 基期, 2024年实际, 上年完成.</summary>
    public static bool IsBaselineWording(string text)
    {
        var h = text.Replace(" ", "");
        // "实际" without 目标 (2024年实际, 实际完成); "目标(实际)" stays a target column.
        return ContainsAny(h, "现状", "基准", "基线", "当前", "现值", "基期", "上年", "上一年", "基数")
            || (ContainsAny(h, "实际", "完成值", "已完成") && !h.Contains("目标"));
    }

    // The role words were compared culture-sensitively; for text of ideographs and ASCII letters and digits that is the same as
    // ordinal comparison (no ignorable or equivalent characters), which skips the ICU call. Anything else still goes through ICU.
    private static bool StartsWith(string text, string word) => IsPlain(text) ? text.StartsWith(word, StringComparison.Ordinal) : text.StartsWith(word);

    private static bool EndsWith(string text, string word) => IsPlain(text) ? text.EndsWith(word, StringComparison.Ordinal) : text.EndsWith(word);

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!(ChineseCharacters.IsUnifiedIdeograph(c) || char.IsAsciiLetterOrDigit(c))) return false;
        }
        return true;
    }

    private static bool ContainsAny(string text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
