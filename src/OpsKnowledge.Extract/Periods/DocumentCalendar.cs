using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Extract.Periods;

/// <summary>
/// The dates a document speaks from: the year it was delivered or issued (a report's ——2026年1月26日 line, a 发布日期,
/// a dated title), and the period a plan covers when its title names one ("十四五"国家应急体系规划). Relative periods
/// (今年, 上年, 过去五年, 十五五) are resolved against them.
/// </summary>
public sealed partial class DocumentCalendar
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatedLine { get; }

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年[^\n，。]{0,20}(?:报告|规划|计划|方案|纲要)", RegexOptions.CultureInvariant)]
    private static partial Regex DatedTitle { get; }

    [GeneratedRegex(@"十([一二三四五六七八九])五", RegexOptions.CultureInvariant)]
    private static partial Regex FiveYearPlan { get; }

    private DocumentCalendar(int? year, string? planPeriod)
    {
        Year = year;
        PlanPeriod = planPeriod;
    }

    /// <summary>The year the document speaks in (its 今年), when the document says.</summary>
    public int? Year { get; }

    /// <summary>The period the document plans for when its title names a five-year plan ("2021-2025年"), else null.</summary>
    public string? PlanPeriod { get; }

    public static DocumentCalendar Of(Document document)
    {
        var head = document.Text.Length > 1500 ? document.Text[..1500] : document.Text;
        int? year = null;
        var title = DatedTitle.Match(head);
        var dated = DatedLine.Match(head);
        if (title.Success) year = int.Parse(title.Groups["y"].Value);
        else if (dated.Success) year = int.Parse(dated.Groups["y"].Value);
        string? planPeriod = null;
        var titleText = document.Title ?? "";
        var fyp = FiveYearPlan.Match(titleText.Length > 0 && FiveYearPlan.IsMatch(titleText) ? titleText : FirstLines(head));
        if (fyp.Success && (titleText.Contains("规划") || FirstLines(head).Contains("规划"))) planPeriod = FiveYearPlanRange(fyp.Groups[1].Value[0]);
        return new DocumentCalendar(year, planPeriod);
    }

    /// <summary>2021-2025年 for 十四五: the Nth five-year plan began in 1951 + 5N (十一五 in 2006).</summary>
    public static string? FiveYearPlanRange(char ordinal)
    {
        var n = "一二三四五六七八九".IndexOf(ordinal) + 1;
        if (n <= 0) return null;
        var start = 1951 + (10 + n) * 5;
        return $"{start}-{start + 4}年";
    }

    /// <summary>The five-year plan that contains a year, as a range ("2021-2025年").</summary>
    public static string FiveYearPlanOf(int year)
    {
        var start = 1951 + (year - 1951) / 5 * 5;
        return $"{start}-{start + 4}年";
    }

    private static string FirstLines(string head)
    {
        var lines = head.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n", lines.Take(40));
    }
}
