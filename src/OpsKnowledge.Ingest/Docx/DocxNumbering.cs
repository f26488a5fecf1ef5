using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>
/// Renders automatic numbering as Word shows it: counters per list, deeper levels restarting when a higher one advances,
/// lvlText templates such as "%1、" or "%1.%2" filled with each level's format (decimal, chineseCounting, ...).
/// </summary>
public sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOfNum = [];
    private readonly Dictionary<int, Dictionary<int, DocxNumberingLevel>> _levels = [];
    private readonly Dictionary<(int NumId, int Level), int> _startOverrides = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null) return;
        foreach (var abs in numbering.Elements<AbstractNum>())
        {
            if (abs.AbstractNumberId?.Value is not { } id) continue;
            var levels = new Dictionary<int, DocxNumberingLevel>();
            foreach (var level in abs.Elements<Level>()) levels[level.LevelIndex?.Value ?? 0] = ReadLevel(level);
            _levels[id] = levels;
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId) continue;
            _abstractOfNum[numId] = absId;
            foreach (var over in num.Elements<LevelOverride>())
            {
                if (over.StartOverrideNumberingValue?.Val?.Value is { } start) _startOverrides[(numId, over.LevelIndex?.Value ?? 0)] = start;
            }
        }
    }

    /// <summary>Advances the list's counter at <paramref name="level"/> and returns the label with its suffix, or null for none.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_abstractOfNum.TryGetValue(numId, out var absId) || !_levels.TryGetValue(absId, out var levels)) return null;
        if (!levels.TryGetValue(level, out var definition)) return null;

        // Lists that share an abstract definition share counters, as in Word.
        if (!_counters.TryGetValue(absId, out var counters))
        {
            counters = new int[9];
            for (var i = 0; i < 9; i++) counters[i] = StartOf(numId, i, levels) - 1;
            _counters[absId] = counters;
        }
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++) counters[deeper] = StartOf(numId, deeper, levels) - 1;

        if (definition.Format is "bullet" or "none") return definition.Format == "bullet" ? "" : null;
        var label = new StringBuilder();
        var text = definition.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var referenced = text[i + 1] - '1';
                var format = definition.Legal ? "decimal" : levels.TryGetValue(referenced, out var other) ? other.Format : "decimal";
                label.Append(Format(Math.Max(counters[referenced], 1), format));
                i++;
            }
            else label.Append(text[i]);
        }
        if (label.Length == 0) return null;
        // A tab after "一、" is only alignment; after "1.1" it separates number and title.
        var last = label[^1];
        if (definition.Suffix != "nothing" && !IsClosingMark(last)) label.Append(' ');
        return label.ToString();
    }

    private int StartOf(int numId, int level, Dictionary<int, DocxNumberingLevel> levels) =>
        _startOverrides.TryGetValue((numId, level), out var start) ? start : levels.TryGetValue(level, out var d) ? d.Start : 1;

    private static bool IsClosingMark(char c) => c is '、' or '）' or '．' or '：' or '」' or '】';

    private static DocxNumberingLevel ReadLevel(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 1,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value ?? "",
        level.IsLegalNumberingStyle is { } legal && legal.Val?.InnerText is null or "" or "1" or "true" or "on",
        level.LevelSuffix?.Val?.InnerText ?? "tab");

    /// <summary>One counter value in a numFmt; unknown formats fall back to decimal.</summary>
    public static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" or "ideographDigital" => ChineseCounting(value),
        "chineseLegalSimplified" => ChineseCounting(value).Replace('一', '壹').Replace('二', '贰').Replace('三', '叁').Replace('十', '拾'),
        "ideographTraditional" => value is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : value.ToString(),
        "ideographZodiac" => value is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString() : value.ToString(),
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerLetter" => Letters(value),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(),
        "decimalZero" => value.ToString("00"),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString().Select(c => (char)(c - '0' + '０'))),
        _ => value.ToString(),
    };

    private static string ChineseCounting(int value)
    {
        const string digits = "零一二三四五六七八九";
        if (value <= 0 || value >= 100) return value.ToString();
        if (value < 10) return digits[value].ToString();
        var tens = value / 10;
        var ones = value % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    private static string Letters(int value)
    {
        var text = "";
        for (; value > 0; value = (value - 1) / 26) text = (char)('a' + (value - 1) % 26) + text;
        return text;
    }

    private static string Roman(int value)
    {
        var text = new StringBuilder();
        foreach (var (n, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; value >= n; value -= n) text.Append(s);
        }
        return text.ToString();
    }
}
