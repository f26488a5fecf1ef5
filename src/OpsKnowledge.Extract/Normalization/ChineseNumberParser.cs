namespace OpsKnowledge.Extract.Normalization;

/// <summary>Reads Arabic (half- or full-width, with thousands separators) and Chinese numerals (三, 十二, 一百二十, 两, 三点五) as decimals.</summary>
public static class ChineseNumberParser
{
    /// <summary>Characters that may appear in a Chinese numeral.</summary>
    public const string ChineseDigits = "零〇一二两三四五六七八九十百千";

    public static bool IsChineseDigit(char c) => ChineseDigits.Contains(c);

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty) return false;
        if (char.IsAsciiDigit(text[0]) || IsFullWidthDigit(text[0])) return TryParseArabic(text, out value);
        return TryParseChinese(text, out value);
    }

    private static bool IsFullWidthDigit(char c) => c >= '０' && c <= '９';

    private static bool TryParseArabic(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) buffer[n++] = c;
            else if (IsFullWidthDigit(c)) buffer[n++] = (char)('0' + (c - '０'));
            else if (c is '.' or '．') buffer[n++] = '.';
            else if (c is ',' or '，') continue; // thousands separator inside a number
            else { value = 0; return false; }
        }
        return decimal.TryParse(buffer[..n], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseChinese(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var point = text.IndexOf('点');
        var integerPart = point >= 0 ? text[..point] : text;
        decimal total = 0, section = 0, digit = 0;
        var sawDigit = false;
        foreach (var c in integerPart)
        {
            var d = DigitOf(c);
            if (d >= 0) { digit = d; sawDigit = true; continue; }
            var unit = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, '万' => 10000m, '亿' => 100000000m, _ => -1m };
            if (unit < 0) return false;
            if (unit >= 10000m)
            {
                total = (total + section + digit) * unit;
                section = 0;
            }
            else
            {
                // "十二" starts with the unit: an implied one.
                section += (digit == 0 && !sawDigit ? 1 : digit) * unit;
            }
            digit = 0;
            sawDigit = false;
        }
        value = total + section + digit;
        if (point >= 0)
        {
            decimal scale = 0.1m;
            foreach (var c in text[(point + 1)..])
            {
                var d = DigitOf(c);
                if (d < 0) return false;
                value += d * scale;
                scale /= 10;
            }
        }
        return integerPart.Length > 0 || point >= 0;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
