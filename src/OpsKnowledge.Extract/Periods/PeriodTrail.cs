using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Periods;

/// <summary>
/// The period a passage speaks of, followed through the document: a chapter's heading sets it (“十五五”时期主要目标任务,
/// 2026年重点工作安排), a paragraph that opens with a period moves it (过去一年，… / 五年来，…), and a record's own
/// words win over both. Relative periods are written out against the document's <see cref="DocumentCalendar"/>:
/// 今年 → 2026年, 上年 → 2025年, 十四五 → 2021-2025年.
/// </summary>
public sealed partial class PeriodTrail
{
    [GeneratedRegex(@"^[\s　“]*(?:(?<prev>过去的?一年|一年来|上年|去年)|(?<five>过去的?五年|五年来|近五年)|(?<fyp>“?十(?<n>[一二三四五六七八九])五”?(?:时期|期间|以来)?)|(?<now>今年)|(?<y>(?:19|20)\d{2})年(?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Opening { get; }

    [GeneratedRegex(@"十(?<n>[一二三四五六七八九])五|(?<y>(?:19|20)\d{2})年", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPeriod { get; }

    private readonly DocumentCalendar calendar;
    private string? chapter;
    private string? current;

    public PeriodTrail(DocumentCalendar calendar)
    {
        this.calendar = calendar;
    }

    /// <summary>Moves the trail to a paragraph: a new chapter restarts it from its heading, an opening period moves it.</summary>
    public void Enter(Section? section, string paragraphText)
    {
        var top = section?.Path.Count > 0 ? section.Path[0] : null;
        if (!string.Equals(top, chapter, StringComparison.Ordinal))
        {
            chapter = top;
            current = null;
            if (section is not null)
            {
                // The innermost heading that names a period; a chapter's first period wins (“十四五”时期和2025年工作回顾 opens on the five years).
                for (var i = section.Path.Count - 1; i >= 0 && current is null; i--) current = FromHeading(section.Path[i]);
            }
        }
        else if (section is not null && section.Path.Count > 1 && FromHeading(section.Path[^1]) is { } sub)
        {
            current = sub;
        }
        var opening = Opening.Match(paragraphText);
        if (opening.Success) current = FromOpening(opening) ?? current;
    }

    /// <summary>The period of a record: its own words resolved, else the trail, else the document's plan period or year.</summary>
    public string? Resolve(string? written, RecordScope scope)
    {
        var own = written is null ? null : Resolve(written);
        if (own is not null) return own;
        if (current is not null) return current;
        if (scope == RecordScope.Plan) return calendar.PlanPeriod ?? Year(calendar.Year);
        return calendar.Year is int y ? $"{y - 1}年" : null;
    }

    /// <summary>今年, 上年, 当年, 五年, 十四五… written out; other periods as they are; null for nothing resolvable.</summary>
    private string? Resolve(string written)
    {
        var y = calendar.Year;
        switch (written)
        {
            case "今年" or "本年" or "年内" or "全年":
                return y is null ? (written == "全年" ? current ?? written : written) : (written == "全年" && current is not null && !current.Contains('-') ? current : $"{y}年");
            case "当年":
                return current ?? Year(y);
            case "明年":
                return y is null ? written : $"{y + 1}年";
            case "上年" or "去年" or "过去一年" or "一年来":
                return y is null ? written : $"{y - 1}年";
        }
        if (written is "五年来" or "过去五年" or "过去的五年") return y is null ? written : DocumentCalendar.FiveYearPlanOf(y.Value - 1);
        var fyp = HeadingPeriod.Match(written);
        if (fyp.Success && fyp.Groups["n"].Success) return DocumentCalendar.FiveYearPlanRange(fyp.Groups["n"].Value[0]);
        return written;
    }

    private string? FromOpening(Match opening)
    {
        var y = calendar.Year;
        if (opening.Groups["prev"].Success) return y is null ? null : $"{y - 1}年";
        if (opening.Groups["five"].Success) return y is null ? null : DocumentCalendar.FiveYearPlanOf(y.Value - 1);
        if (opening.Groups["fyp"].Success) return DocumentCalendar.FiveYearPlanRange(opening.Groups["n"].Value[0]);
        if (opening.Groups["now"].Success) return Year(y);
        return opening.Groups["y"].Success ? opening.Groups["y"].Value + "年" : null;
    }

    private static string? FromHeading(string heading)
    {
        var match = HeadingPeriod.Match(heading);
        if (!match.Success) return null;
        return match.Groups["n"].Success ? DocumentCalendar.FiveYearPlanRange(match.Groups["n"].Value[0]) : match.Groups["y"].Value + "年";
    }

    private static string? Year(int? year) => year is null ? null : $"{year}年";
}
