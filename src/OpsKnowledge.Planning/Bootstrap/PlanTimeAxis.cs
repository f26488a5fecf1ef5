using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>
/// Puts yearly targets of several plans on one time axis: calendar years (2026年, 2028年底) or plan years (第1年),
/// converting a plan's 第N年 to a calendar year from the start year it states (（2026—2028年）in its title or opening).
/// </summary>
public static partial class PlanTimeAxis
{
    /// <summary>The calendar year of "2026年", "2026年底", "2026年度", or null.</summary>
    public static int? CalendarYear(string? period)
    {
        if (period is null) return null;
        var match = CalendarYearPattern().Match(period.Trim());
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>N of "第N年" (Arabic or Chinese numeral), or null.</summary>
    public static int? PlanYear(string? period)
    {
        if (period is null) return null;
        var match = PlanYearPattern().Match(period.Trim());
        if (!match.Success) return null;
        var n = match.Groups[1].Value;
        return int.TryParse(n, out var value) ? value : "一二三四五六七八九十".IndexOf(n[0], StringComparison.Ordinal) + 1;
    }

    /// <summary>The first year of the period a plan states for itself in its title or first lines, or null when it states none.</summary>
    public static int? StartYear(Document plan)
    {
        var opening = (plan.Title ?? "") + "\n" + plan.Text[..Math.Min(plan.Text.Length, 300)];
        var match = YearRangePattern().Match(opening);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(20\d{2})\s*年(?:底|末|度|全年)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarYearPattern();

    [GeneratedRegex(@"^第\s*([1-9]|[一二三四五六七八九十])\s*年(?:度|底|末)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlanYearPattern();

    [GeneratedRegex(@"(20\d{2})\s*年?\s*[-—–~～至到]\s*(20\d{2})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangePattern();
}
