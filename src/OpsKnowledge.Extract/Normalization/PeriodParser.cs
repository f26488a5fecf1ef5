using System.Text.RegularExpressions;

namespace OpsKnowledge.Extract.Normalization;

/// <summary>Recognizes periods and horizons (第1年, 2026年, 2026-2028年, Q1, 短期(1-2年), 到2028年底, 三年内, 6个月内) and writes them in one form.</summary>
public static partial class PeriodParser
{
    private const string Cn = "一二三四五六七八九十两";

    /// <summary>The period grammar as a regular expression, most specific alternatives first.</summary>
    public const string Pattern =
        $@"(?:短期|中期|长期|近期|远期|中长期)(?:目标)?\s*[（(][^）)]{{1,12}}[）)]"
        + "|" + $@"(?:第[{Cn}\d]+阶段|试点期|推广期|深化期|启动期|建设期|运营期|起步期|成长期|成熟期|筹备期|巩固期|提升期)(?:\s*[（(][^）)]{{1,16}}[）)])?"
        + "|" + $@"(?:到|至|截至|截止)?\d{{4}}\s*年?\s*[-–—~～至到]\s*\d{{4}}\s*年(?:底|末)?"
        + "|" + $@"(?:到|至|截至|截止)?\d{{4}}\s*年\s*(?:\d{{1,2}}\s*月(?:底|末|初|中旬)?|[上下]半年|第?[一二三四1-4]季度|Q[1-4]|底|末|初|年底|年末)?"
        + "|" + $@"\d{{4}}\s*[Qq][1-4]"
        + "|" + $@"[Qq][1-4]"
        + "|" + $@"第[{Cn}\d]+(?:年|季度|个月|周)(?:[底末])?"
        + "|" + $@"(?:未来|近)?[{Cn}\d]+(?:个月|年|周|季度)(?:内|以内)"
        + "|" + $@"(?:[一二三两]|\d)年(?=累计|统筹|共|合计)"
        + "|" + $@"(?:首年|次年|当年|今年|明年|[上下]半年|[一二三四]季度|全年|每年|年底前|年底|年末|年内)";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex FindRegex { get; }

    [GeneratedRegex($@"^\s*(?:{Pattern})\s*(?:目标)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeRegex { get; }

    /// <summary>True when the whole text is a period label, as in the first column of a yearly table.</summary>
    public static bool IsPeriodLabel(string text) => text.Length > 0 && text.Length <= 24 && WholeRegex.IsMatch(text);

    /// <summary>The first period in the text, or null.</summary>
    public static Match? Find(string text)
    {
        var match = FindRegex.Match(text);
        return match.Success ? match : null;
    }

    /// <summary>Every period in the text.</summary>
    public static IEnumerable<Match> FindAll(string text) => FindRegex.Matches(text);

    /// <summary>A period as records carry it: ASCII parentheses, no spaces, 短期目标 folded to 短期, leading 到/至 dropped.</summary>
    public static string Normalize(string period)
    {
        var s = period.Trim().Replace('（', '(').Replace('）', ')').Replace('－', '-').Replace('—', '-').Replace('–', '-').Replace('～', '-').Replace('~', '-').Replace(" ", "");
        s = s.Replace("目标(", "(");
        if (s.EndsWith("目标", StringComparison.Ordinal) && s.Length > 2) s = s[..^2];
        if (s.StartsWith("截至", StringComparison.Ordinal) || s.StartsWith("截止", StringComparison.Ordinal)) s = s[2..];
        else if ((s.StartsWith('到') || s.StartsWith('至')) && s.Length > 1 && char.IsAsciiDigit(s[1])) s = s[1..];
        return s;
    }
}
