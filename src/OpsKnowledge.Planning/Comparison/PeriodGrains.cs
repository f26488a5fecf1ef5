using System.Text.RegularExpressions;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Reads the <see cref="PeriodGrain"/> of a period as written (第一季度, 上半年, 3月, 2026年).</summary>
public static partial class PeriodGrains
{
    public static PeriodGrain Of(string? period)
    {
        if (string.IsNullOrWhiteSpace(period)) return PeriodGrain.Whole;
        if (period.Contains('季') || period.StartsWith('Q') || QuarterCode().IsMatch(period)) return PeriodGrain.Quarter;
        if (period.Contains("半年", StringComparison.Ordinal)) return PeriodGrain.HalfYear;
        // "3月" or "每月" is a month's figure; "2027年6月底" is a deadline for a whole-period figure.
        if (MonthOnly().IsMatch(period) || period.Contains("每月", StringComparison.Ordinal) || period.Contains("月度", StringComparison.Ordinal)) return PeriodGrain.Month;
        return PeriodGrain.Whole;
    }

    /// <summary>A short Chinese label for users ("季度").</summary>
    public static string Label(PeriodGrain grain) => grain switch
    {
        PeriodGrain.HalfYear => "半年",
        PeriodGrain.Quarter => "季度",
        PeriodGrain.Month => "月度",
        _ => "全期",
    };

    [GeneratedRegex(@"\d{4}\s*Q[1-4]", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterCode();

    [GeneratedRegex(@"^(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();
}
