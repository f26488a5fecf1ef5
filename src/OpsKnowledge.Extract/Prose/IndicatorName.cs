using System.Text.RegularExpressions;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Trims a clause down to its indicator phrase: drops leading horizons and fillers (到2027年, 力争, 将) and trailing adverbs (逐步, 同比).</summary>
public static partial class IndicatorName
{
    /// <summary>Characters an indicator phrase may hold, as a regular-expression class: no clause punctuation.</summary>
    public const string CharClass = @"[^，,。；;：:！？!?、\s（）()“”""《》【】]";

    /// <summary>A lookbehind that puts a name's start at a clause boundary, so that the lazy name is tried once per clause, not once per character.</summary>
    public const string ClauseStart = @"(?<=^|[，,。；;：:！？!?、\s（）()“”""《》【】])";

    [GeneratedRegex(
        @"^(?:[一二三四五六七八九十]是|其[一二三四五]|部分|约|对|将|使|把|让|力争|争取|确保|保证|推动|促进|其中|同时|并且|并|以及|及|且|全年|预计|计划|目标是|目标为|努力|进一步|逐步|持续|整体|总体|届时|此外|另外|我们|本项目|项目的|带动|推进|要|需|应|可|能够|预期|期望|希望|上述|这一|年度|每年|年均|当年|和|与|的|在|于|使得|最终|之后|以后|基本|均|也|就|可使|可以|能)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller { get; }

    [GeneratedRegex(
        @"(?:(?:较|比)(?:上年|去年|\d{4}年)(?:同期)?|逐步|稳步|显著|大幅|有效|进一步|明显|将|要|需|应|同比|环比|年均|累计|分别|均|较上年|比上年|较去年|较上年度|整体|总体|力争|争取|预计|有望|可|能|可以|全面|持续|再|也|都|必须|确保|基本|每年|的|得到|需要|逐年|快速|稳定|平均|总计|合计|共计|一举|至少|已|已经|计划|目标)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingFiller { get; }

    [GeneratedRegex($@"^(?:到|至|截至|在|于)?(?:{PeriodParser.Pattern})(?:[底末]|以后|之后|前)?(?:的|内|时)?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPeriod { get; }

    [GeneratedRegex(@"(?:使得|使|让)(?!用)", RegexOptions.CultureInvariant)]
    private static partial Regex Causative { get; }

    [GeneratedRegex(@"[从由](?=\s*(?:\d|约|近))")]
    private static partial Regex FromBeforeNumber { get; }

    private static readonly HashSet<string> NotNames =
    [
        "目标", "指标", "比例", "比重", "数量", "规模", "水平", "其", "该指标", "总量", "总体", "整体", "这", "此", "该", "公司", "我们", "本项目", "项目", "企业",
        "数值", "总数", "效率", "能力", "成本", "收入", "人数", "平均", "全年", "年均", "同比", "结果", "时间", "比率", "速度", "较上年", "先进企业", "同比", "其中",
    ];

    /// <summary>The indicator phrase of a clause, or null when nothing that names an indicator is left.</summary>
    public static string? Clean(string clause)
    {
        var name = clause.Trim();
        var fromAt = FromBeforeNumber.Match(name);
        if (fromAt.Success) name = name[..fromAt.Index];
        // 通过集中调度使车辆周转率…: the indicator is what the means act on, after the causative verb.
        var causative = name.AsSpan().IndexOfAny('使', '让') < 0 ? null : Causative.Matches(name).LastOrDefault();
        if (causative is not null && name.Length - causative.Index - causative.Length >= 2) name = name[(causative.Index + causative.Length)..];
        for (var changed = true; changed && name.Length > 0;)
        {
            changed = false;
            var period = LeadingPeriod.Match(name);
            if (period.Success && period.Length > 0) { name = name[period.Length..]; changed = true; }
            var lead = LeadingFiller.Match(name);
            if (lead.Success && lead.Length > 0 && name.Length - lead.Length >= 2) { name = name[lead.Length..]; changed = true; }
            // No trailing filler is longer than 8 characters (较2025年同期), so the search starts there.
            var trail = TrailingFiller.Match(name, Math.Max(0, name.Length - 8));
            if (trail.Success && trail.Length > 0 && name.Length - trail.Length >= 2) { name = name[..trail.Index]; changed = true; }
        }
        name = name.Trim();
        if (name.Length < 2 || name.Length > 24 || NotNames.Contains(name)) return null;
        if (!name.Any(c => ChineseCharacters.IsUnifiedIdeograph(c) || char.IsAsciiLetter(c))) return null;
        if (PeriodParser.IsPeriodLabel(name)) return null;
        return name;
    }
}
