using System.Globalization;
using System.Text;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Converts numbers between commensurable units (万元/亿元/元, 分钟/小时/天, 万人/人); 个百分点 and % are never mixed.</summary>
public static class UnitConverter
{
    // Factors relative to the family's base unit. Months and years form their own family: a month is not a fixed number of days.
    private static readonly Dictionary<string, (string Family, decimal Factor)> Scales = BuildScales();

    private static Dictionary<string, (string Family, decimal Factor)> BuildScales()
    {
        var scales = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal)
        {
            ["元"] = ("money", 1m),
            ["千元"] = ("money", 1_000m),
            ["万元"] = ("money", 10_000m),
            ["十万元"] = ("money", 100_000m),
            ["百万元"] = ("money", 1_000_000m),
            ["千万元"] = ("money", 10_000_000m),
            ["亿元"] = ("money", 100_000_000m),
            ["秒"] = ("duration", 1m / 60m),
            ["s"] = ("duration", 1m / 60m),
            ["分钟"] = ("duration", 1m),
            ["min"] = ("duration", 1m),
            ["小时"] = ("duration", 60m),
            ["h"] = ("duration", 60m),
            ["天"] = ("duration", 1_440m),
            ["工作日"] = ("workdays", 1m),
            ["周"] = ("duration", 10_080m),
            ["个月"] = ("months", 1m),
            ["季度"] = ("months", 3m),
            ["年"] = ("months", 12m),
            ["%"] = ("percent", 1m),
            ["‰"] = ("percent", 0.1m),
            ["个百分点"] = ("points", 1m),
        };
        // Counted things written with a 万 or 亿 prefix (万人, 万人次, 万户...) scale like money does.
        foreach (var counted in new[] { "人", "人次", "户", "次", "件", "辆", "台", "单", "个", "吨", "平方米", "家", "笔" })
        {
            scales[counted] = (counted, 1m);
            scales["万" + counted] = (counted, 10_000m);
            scales["亿" + counted] = (counted, 100_000_000m);
        }
        return scales;
    }

    /// <summary>Folds spelling variants to one unit: full width to half width, ％ to %, 百分点 to 个百分点, 日 to 天, 月 to 个月.</summary>
    public static string? Normalize(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var folded = unit.Normalize(NormalizationForm.FormKC).Trim();
        return folded switch
        {
            "百分点" or "pp" => "个百分点",
            "日" => "天",
            "月" => "个月",
            "分" => "分", // a score, not minutes
            "小时内" => "小时",
            "H" => "h",
            _ => folded,
        };
    }

    /// <summary>The family a unit belongs to and its factor to the family's base unit, or false when it is not known.</summary>
    public static bool TryGetScale(string? unit, out string family, out decimal factor)
    {
        var normalized = Normalize(unit);
        if (normalized is not null && Scales.TryGetValue(normalized, out var scale))
        {
            (family, factor) = scale;
            return true;
        }
        family = normalized ?? "";
        factor = 1m;
        return false;
    }

    /// <summary>True when numbers in the two units can be converted into each other.</summary>
    public static bool AreCommensurable(string? from, string? to)
    {
        if (Normalize(from) == Normalize(to)) return true;
        return TryGetScale(from, out var a, out _) && TryGetScale(to, out var b, out _) && a == b;
    }

    /// <summary>The number expressed in the target unit, or null when the units are not commensurable.</summary>
    public static decimal? Convert(decimal value, string? from, string? to)
    {
        if (Normalize(from) == Normalize(to)) return value;
        if (!TryGetScale(from, out var familyFrom, out var factorFrom) || !TryGetScale(to, out var familyTo, out var factorTo)) return null;
        if (familyFrom != familyTo) return null;
        return Round(value * factorFrom / factorTo);
    }

    /// <summary>A number without trailing zeros or exponent ("12000", "0.5").</summary>
    public static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    // Keep conversions like 1/60 from leaking 28 digits into the output.
    private static decimal Round(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
