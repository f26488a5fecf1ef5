using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Normalization;

/// <summary>Finds the first quantity in a text ("≥95%", "800万", "18%-25%", "基准+10%", "30分钟以内", "百分之八十") and normalizes it.</summary>
public static partial class QuantityParser
{
    private const string Number = @"\d+(?:,\d{3})*(?:\.\d+)?|[０-９]+(?:[.．][０-９]+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?";

    private const string Prefix = @"≥|≤|>=|<=|≧|≦|>|<|＞|＜|不低于|不少于|不高于|不超过|至少|最少|最多|超过|高于|低于|大于|小于|达到|突破|逾|大约|约|接近|近|控制在|基准\s*[+＋]|[+＋]";

    /// <summary>The quantity grammar as a regular expression, for prose patterns that embed it.</summary>
    public const string Pattern =
        $@"(?:(?<pre>{Prefix})\s*)?(?:百分之(?<pct>[零〇一二两三四五六七八九十百点]+)|(?<n>{Number})\s*(?<m>万|亿|千(?![克米瓦]))?(?<u>{UnitCatalog.Pattern})?(?:\s*(?<sep>[-–—~～])\s*(?<n2>{Number})\s*(?<m2>万|亿|千)?(?<u2>{UnitCatalog.Pattern})?)?)(?<post>以上|以内|以下|左右|上下)?";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex QuantityRegex { get; }

    /// <summary>Reads the first quantity in <paramref name="text"/>; <paramref name="money"/> makes a bare 万/亿 mean 万元/亿元.</summary>
    /// <param name="requireUnitForChinese">In running prose a lone Chinese numeral (一是, 三方) is not a quantity.</param>
    public static Quantity? Parse(string text, bool money = false, bool requireUnitForChinese = true)
    {
        for (var match = QuantityRegex.Match(text); match.Success; match = match.NextMatch())
        {
            var quantity = FromMatch(match, money, requireUnitForChinese);
            if (quantity is not null) return quantity;
        }
        return null;
    }

    /// <summary>Every quantity in the text, left to right.</summary>
    public static IEnumerable<Quantity> ParseAll(string text, bool money = false)
    {
        for (var match = QuantityRegex.Match(text); match.Success; match = match.NextMatch())
        {
            var quantity = FromMatch(match, money, requireUnitForChinese: true);
            if (quantity is not null) yield return quantity;
        }
    }

    private static Quantity? FromMatch(Match match, bool money, bool requireUnitForChinese)
    {
        if (match.Length == 0) return null;
        var pre = match.Groups["pre"].Value;
        var post = match.Groups["post"].Value;
        decimal number;
        string? unit;
        decimal? numberTo = null;
        if (match.Groups["pct"].Success)
        {
            if (!ChineseNumberParser.TryParse(match.Groups["pct"].ValueSpan, out number)) return null;
            unit = "%";
        }
        else
        {
            var n = match.Groups["n"].Value;
            if (!ChineseNumberParser.TryParse(n, out number)) return null;
            var multiplier = match.Groups["m"].Value;
            unit = match.Groups["u"].Success ? match.Groups["u"].Value : null;
            if (match.Groups["n2"].Success && ChineseNumberParser.TryParse(match.Groups["n2"].ValueSpan, out var to))
            {
                numberTo = to;
                // "18-25%": the unit written once applies to both ends.
                if (multiplier.Length == 0) multiplier = match.Groups["m2"].Value;
                unit ??= match.Groups["u2"].Success ? match.Groups["u2"].Value : null;
            }
            var chinese = !char.IsAsciiDigit(n[0]) && !(n[0] >= '０' && n[0] <= '９');
            if (chinese && requireUnitForChinese && unit is null && multiplier.Length == 0) return null;
            (number, numberTo, unit) = ApplyMultiplier(number, numberTo, multiplier, unit, money);
        }
        if (unit is not null) unit = UnitCatalog.Normalize(unit);
        var (op, approximate) = OperatorOf(pre, post);
        if (numberTo is not null) op = RecordOperator.Range;
        return new Quantity
        {
            Number = number,
            NumberTo = numberTo,
            Unit = unit,
            Op = op,
            Approximate = approximate,
            Text = match.Value.Trim(),
            Start = match.Index,
        };
    }

    private static (decimal, decimal?, string?) ApplyMultiplier(decimal number, decimal? numberTo, string multiplier, string? unit, bool money)
    {
        switch (multiplier)
        {
            case "":
                return (number, numberTo, unit);
            case "千":
                // 千 is rare in plans and never a unit of its own: fold it into the number.
                return (number * 1000, numberTo * 1000, unit);
            default:
                // 万 and 亿 stay in the unit, as consultants write and compare them (800 万元).
                if (unit is null) return (number, numberTo, money ? multiplier + "元" : multiplier);
                return (number, numberTo, unit.StartsWith(multiplier, StringComparison.Ordinal) ? unit : multiplier + unit);
        }
    }

    /// <summary>The operator a prefix such as 不低于 or ≥ and a suffix such as 以上 or 以内 give.</summary>
    public static (RecordOperator Op, bool Approximate) OperatorOf(string pre, string post)
    {
        var approximate = post is "左右" or "上下";
        RecordOperator op = RecordOperator.Equal;
        switch (pre)
        {
            case "≥" or ">=" or "≧" or ">" or "＞" or "不低于" or "不少于" or "至少" or "最少" or "超过" or "高于" or "大于" or "达到" or "突破" or "逾":
                op = RecordOperator.AtLeast;
                break;
            case "≤" or "<=" or "≦" or "<" or "＜" or "不高于" or "不超过" or "最多" or "低于" or "小于" or "控制在":
                op = RecordOperator.AtMost;
                break;
            case "约" or "大约" or "接近" or "近":
                approximate = true;
                break;
            default:
                if (pre.EndsWith('+') || pre.EndsWith('＋')) op = RecordOperator.IncreaseBy;
                break;
        }
        if (post == "以上") op = RecordOperator.AtLeast;
        else if (post is "以内" or "以下") op = RecordOperator.AtMost;
        return (op, approximate);
    }
}
