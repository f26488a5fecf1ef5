using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Querying;

/// <summary>Whether a query part asks for a plan's own commitment (目标, 指标, 预期, 计划), and the indicator it asks about.</summary>
/// <remarks>Someone asking for 社会消费品零售总额增长目标 wants the figure the plan sets, not the review of last year's figure;
/// the indicator is the part without the trailing words that ask (社会消费品零售总额增长).</remarks>
internal static class TargetIntent
{
    // Folded (simplified) forms; traditional input is folded before the lookup.
    private static readonly string[] AskingWords = ["目标", "指标", "预期", "计划"];

    // Trailing words stripped to leave the indicator: the asking words and what goes with them (主要预期目标, 年度计划, 控制目标).
    private static readonly string[] TrailingWords = ["目标", "指标", "预期", "计划", "主要", "年度", "控制", "任务", "的", "和", "与"];

    public static bool Asks(string text)
    {
        var folded = ChineseTextFolder.Fold(text);
        foreach (var word in AskingWords)
        {
            if (folded.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The text without its trailing asking words (folded); empty when nothing else is left (主要预期目标).</summary>
    public static string Indicator(string text)
    {
        var folded = ChineseTextFolder.Fold(text).Trim();
        var stripped = true;
        while (stripped && folded.Length > 0)
        {
            stripped = false;
            foreach (var word in TrailingWords)
            {
                if (!folded.EndsWith(word, StringComparison.Ordinal)) continue;
                folded = folded[..^word.Length].TrimEnd();
                stripped = true;
            }
        }
        return folded;
    }
}
