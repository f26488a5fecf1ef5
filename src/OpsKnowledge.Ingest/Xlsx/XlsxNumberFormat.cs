using System.Globalization;
using System.Text;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>
/// Shows a cell's number as the spreadsheet shows it: percent, decimals, thousands separators, literal units ("万元"), dates.
/// Covers the formats plan workbooks use; anything else falls back to the plain number, never to a wrong one.
/// </summary>
public static class XlsxNumberFormat
{
    /// <summary>Built-in number formats (ECMA-376 18.8.30) that are not General; ids 14–22 and the East Asian 27–36, 50–58 are dates.</summary>
    private static readonly Dictionary<uint, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00",
        [37] = "#,##0", [38] = "#,##0", [39] = "#,##0.00", [40] = "#,##0.00", [49] = "@",
    };

    public static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>The text of <paramref name="value"/> under format <paramref name="id"/> (built-in) or <paramref name="code"/> (custom).</summary>
    public static string Format(double value, uint id, string? code)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return General(value);
        // The East Asian built-in dates (27–36, 50–58) show 年/月/日.
        if (code is null && IsBuiltInDate(id)) return Date(value, id is (>= 27 and <= 36) or >= 50);
        code ??= BuiltIn.GetValueOrDefault(id);
        if (string.IsNullOrEmpty(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@") return General(value);

        var section = Section(code, value);
        var parsed = Parse(section);
        if (parsed.IsDate) return Date(value, parsed.Literal.Contains('年') || section.Contains("年"));
        if (!parsed.HasDigits) return parsed.Literal.Length > 0 ? parsed.Literal : General(value);

        var shown = Math.Abs(value) * (parsed.Percent ? 100 : 1);
        // Trailing commas after the digits divide by 1,000 each (a "0.0,," format shows millions).
        for (var i = 0; i < parsed.Scale; i++) shown /= 1000;
        var number = parsed.Scientific
            ? shown.ToString(parsed.Decimals > 0 ? "0." + new string('0', parsed.Decimals) + "E+00" : "0E+00", CultureInfo.InvariantCulture)
            : shown.ToString((parsed.Thousands ? "#,##0" : "0") + (parsed.Decimals > 0 ? "." + new string('0', parsed.Decimals) : ""), CultureInfo.InvariantCulture);
        var negative = value < 0 && !HasNegativeSection(code) && number.Any(c => c is >= '1' and <= '9');
        return parsed.Prefix + (negative ? "-" : "") + number + (parsed.Percent ? "%" : "") + parsed.Suffix;
    }

    /// <summary>Excel's General format: up to 11 significant digits, no exponent for ordinary plan figures.</summary>
    public static string General(double value)
    {
        var rounded = Math.Round(value, 10);
        return rounded.ToString(Math.Abs(rounded) >= 1e11 ? "0.#####E+0" : "0.##########", CultureInfo.InvariantCulture);
    }

    private static string Date(double serial, bool chinese)
    {
        // Serials before 1900-03-01 count Lotus's phantom 29 February 1900; plan dates never fall there.
        if (serial < 1 || serial > 2958465) return General(serial);
        var date = DateTime.FromOADate(serial);
        return chinese ? $"{date.Year}年{date.Month}月{date.Day}日" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The section of a "positive;negative;zero;text" format that applies to the value.</summary>
    private static string Section(string code, double value)
    {
        var sections = SplitSections(code);
        if (value < 0 && sections.Count > 1) return sections[1];
        if (value == 0 && sections.Count > 2) return sections[2];
        return sections[0];
    }

    private static bool HasNegativeSection(string code) => SplitSections(code).Count > 1;

    private static List<string> SplitSections(string code)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            if (c == '\\' && i + 1 < code.Length && !quoted)
            {
                current.Append(c).Append(code[++i]);
                continue;
            }
            if (c == ';' && !quoted)
            {
                sections.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    private sealed class Pattern
    {
        public StringBuilder PrefixText { get; } = new();
        public StringBuilder SuffixText { get; } = new();
        public string Prefix => PrefixText.ToString();
        public string Suffix => SuffixText.ToString();
        public string Literal => Prefix + Suffix;
        public bool HasDigits { get; set; }
        public bool Percent { get; set; }
        public bool Thousands { get; set; }
        public bool Scientific { get; set; }
        public bool IsDate { get; set; }
        public int Decimals { get; set; }
        public int Scale { get; set; }
    }

    private static Pattern Parse(string section)
    {
        var p = new Pattern();
        var afterPoint = false;
        var digitsEnded = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            var literal = p.HasDigits ? p.SuffixText : p.PrefixText;
            switch (c)
            {
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    if (end < 0) end = section.Length;
                    literal.Append(section, i + 1, end - i - 1);
                    i = end;
                    if (p.HasDigits) digitsEnded = true;
                    break;
                case '\\' when i + 1 < section.Length:
                    literal.Append(section[++i]);
                    if (p.HasDigits) digitsEnded = true;
                    break;
                case '[':
                    // [Red], [$-804], [$¥-804]: colours and locales are not shown; a currency symbol is.
                    var close = section.IndexOf(']', i);
                    if (close < 0) close = section.Length - 1;
                    var inner = section.Substring(i + 1, Math.Max(0, close - i - 1));
                    if (inner.StartsWith('$') && inner.Length > 1 && inner[1] != '-') literal.Append(inner[1..].Split('-')[0]);
                    else if (inner is "h" or "hh" or "m" or "mm" or "s" or "ss") p.IsDate = true;
                    i = close;
                    break;
                case '_' or '*':
                    i++; // padding to a character's width, or a fill: nothing visible
                    break;
                case '0' or '#' or '?' when !digitsEnded:
                    p.HasDigits = true;
                    if (afterPoint) p.Decimals++;
                    break;
                case '.' when p.HasDigits && !digitsEnded && !afterPoint:
                case '.' when !p.HasDigits && i + 1 < section.Length && section[i + 1] is '0' or '#':
                    afterPoint = true;
                    p.HasDigits = true;
                    break;
                case ',' when p.HasDigits && !digitsEnded:
                    if (i + 1 < section.Length && section[i + 1] is '0' or '#' or '?') p.Thousands = true;
                    else p.Scale++;
                    break;
                case '%':
                    p.Percent = true;
                    if (p.HasDigits) digitsEnded = true;
                    break;
                case 'E' or 'e' when p.HasDigits && i + 1 < section.Length && section[i + 1] is '+' or '-':
                    p.Scientific = true;
                    i++;
                    while (i + 1 < section.Length && section[i + 1] is '0' or '#') i++;
                    digitsEnded = true;
                    break;
                case 'y' or 'Y' or 'd' or 'D' or 'm' or 'M' or 'h' or 'H' or 's' or 'S' when !p.HasDigits:
                    p.IsDate = true;
                    break;
                case 'A' or 'a' when section.AsSpan(i).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase):
                    p.IsDate = true;
                    i += 4;
                    break;
                default:
                    if (p.HasDigits) digitsEnded = true;
                    literal.Append(c);
                    break;
            }
        }
        if (p.IsDate) p.HasDigits = false;
        return p;
    }
}
