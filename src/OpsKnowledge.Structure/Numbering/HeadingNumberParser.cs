namespace OpsKnowledge.Structure.Numbering;

/// <summary>Recognizes a heading or list number at a position of a line, in every common Chinese numbering style.</summary>
internal static class HeadingNumberParser
{
    /// <summary>Parses a number at <paramref name="start"/>; null when none stands there or what follows is a quantity ("2.1万元", "1.5倍").</summary>
    public static HeadingNumber? Parse(string line, int start = 0)
    {
        if (start >= line.Length) return null;
        var c = line[start];
        HeadingNumber? found;
        if (IsAsciiDigit(c)) found = ParseDecimal(line, start);
        else if (c == '(' || c == '（') found = ParseParenthesized(line, start);
        else if (c == '第') found = ParseOrdinalWord(line, start);
        else if (c >= '①' && c <= '⑳') found = Finish(line, new NumberingStyle(NumberingKind.Circled), [c - '①' + 1], start, start + 1, start + 1, start + 1);
        else if (ChineseNumeral.IsDigit(c)) found = ParseChineseComma(line, start);
        else return null;
        if (found is null) return null;
        return found;
    }

    private static HeadingNumber? ParseDecimal(string line, int start)
    {
        if (start > 0 && (IsAsciiDigit(line[start - 1]) || line[start - 1] is '.' or '．')) return null;
        var parts = new List<int>(4);
        var i = start;
        while (true)
        {
            var digitsStart = i;
            var value = 0;
            while (i < line.Length && IsAsciiDigit(line[i]))
            {
                value = value * 10 + (line[i] - '0');
                i++;
            }
            var digits = i - digitsStart;
            if (digits == 0 || digits > 2) return null;
            parts.Add(value);
            if (i + 1 < line.Length && line[i] is '.' or '．' && IsAsciiDigit(line[i + 1])) { i++; continue; }
            break;
        }
        var numberEnd = i;
        var number = line[start..numberEnd].Replace('．', '.');
        if (i >= line.Length) return null;
        var next = line[i];
        if (next is '、')
        {
            if (parts.Count > 1) return Finish(line, new NumberingStyle(NumberingKind.Decimal, parts.Count), [.. parts], start, numberEnd, i + 1, number);
            return Finish(line, new NumberingStyle(NumberingKind.DecimalComma), [.. parts], start, numberEnd, i + 1, number);
        }
        if (next is ')' or '）')
        {
            if (parts.Count > 1) return null;
            return Finish(line, new NumberingStyle(NumberingKind.DecimalParen), [.. parts], start, i + 1, i + 1, line[start..(i + 1)]);
        }
        if (next is '.' or '．')
        {
            return Finish(line, new NumberingStyle(NumberingKind.Decimal, parts.Count), [.. parts], start, numberEnd, i + 1, number);
        }
        if (IsSpace(next))
        {
            var bare = Finish(line, new NumberingStyle(NumberingKind.Decimal, parts.Count), [.. parts], start, numberEnd, i, number);
            return bare is null ? null : bare with { IsBare = parts.Count == 1 };
        }
        // "1.1行业" runs the title straight on; a single number must not ("3个月", "5G").
        if (parts.Count > 1) return Finish(line, new NumberingStyle(NumberingKind.Decimal, parts.Count), [.. parts], start, numberEnd, i, number);
        return null;
    }

    private static HeadingNumber? ParseParenthesized(string line, int start)
    {
        var i = start + 1;
        var innerStart = i;
        while (i < line.Length && i - innerStart <= 3 && (IsAsciiDigit(line[i]) || ChineseNumeral.IsDigit(line[i]))) i++;
        if (i == innerStart || i >= line.Length || line[i] is not (')' or '）')) return null;
        var inner = line.AsSpan(innerStart, i - innerStart);
        int value;
        NumberingKind kind;
        if (IsAsciiDigit(inner[0]))
        {
            if (!int.TryParse(inner, out value) || inner.Length > 2) return null;
            kind = NumberingKind.ParenDecimal;
        }
        else
        {
            value = ChineseNumeral.Parse(inner);
            kind = NumberingKind.ChineseParen;
        }
        if (value <= 0) return null;
        return Finish(line, new NumberingStyle(kind), [value], start, i + 1, i + 1, line[start..(i + 1)]);
    }

    private static HeadingNumber? ParseOrdinalWord(string line, int start)
    {
        var i = start + 1;
        var innerStart = i;
        while (i < line.Length && i - innerStart <= 4 && (IsAsciiDigit(line[i]) || ChineseNumeral.IsDigit(line[i]))) i++;
        if (i == innerStart || i >= line.Length) return null;
        var inner = line.AsSpan(innerStart, i - innerStart);
        var value = IsAsciiDigit(inner[0]) ? (int.TryParse(inner, out var v) ? v : -1) : ChineseNumeral.Parse(inner);
        if (value <= 0) return null;
        var end = i + 1;
        NumberingKind kind;
        switch (line[i])
        {
            case '章': kind = NumberingKind.Chapter; break;
            case '节': case '節': kind = NumberingKind.ChapterSection; break;
            case '条': case '條': kind = NumberingKind.Article; break;
            case '篇': kind = NumberingKind.Part; break;
            case '部' when i + 1 < line.Length && line[i + 1] == '分': kind = NumberingKind.Part; end = i + 2; break;
            default: return null;
        }
        return Finish(line, new NumberingStyle(kind), [value], start, end, end, line[start..end]);
    }

    private static HeadingNumber? ParseChineseComma(string line, int start)
    {
        var i = start;
        while (i < line.Length && i - start < 4 && ChineseNumeral.IsDigit(line[i])) i++;
        if (i >= line.Length || line[i] is not ('、' or '.' or '．')) return null;
        var value = ChineseNumeral.Parse(line.AsSpan(start, i - start));
        if (value <= 0) return null;
        var kind = ChineseNumeral.IsCapital(line[start]) ? NumberingKind.CapitalChineseComma : NumberingKind.ChineseComma;
        return Finish(line, new NumberingStyle(kind), [value], start, i, i + 1, line[start..i]);
    }

    private static HeadingNumber? Finish(string line, NumberingStyle style, int[] ordinals, int start, int numberEnd, int afterPunctuation, string number)
    {
        var titleStart = afterPunctuation;
        while (titleStart < line.Length && (IsSpace(line[titleStart]) || line[titleStart] is '：' or ':')) titleStart++;
        if (titleStart < line.Length && IsQuantityStart(line, titleStart, style)) return null;
        return new HeadingNumber(style, ordinals, number, start, numberEnd, titleStart);
    }

    private static HeadingNumber? Finish(string line, NumberingStyle style, int[] ordinals, int start, int numberEnd, int afterPunctuation, int numberTextEnd) =>
        Finish(line, style, ordinals, start, numberEnd, afterPunctuation, line[start..numberTextEnd]);

    /// <summary>True when the text after a decimal number reads as a quantity: "2.1万元", "1.5倍", "3.2%".</summary>
    private static bool IsQuantityStart(string line, int at, NumberingStyle style)
    {
        if (style.Kind is not (NumberingKind.Decimal or NumberingKind.DecimalComma)) return false;
        var c = line[at];
        if (IsAsciiDigit(c)) return true;
        if (c is '万' or '亿' or '元' or '倍' or '%' or '％' or '‰' or '千' or '百' or '吨' or '米' or '天' or '次' or '件' or '套' or '°' or '℃')
        {
            return true;
        }
        // "年" is a unit ("3年内") unless it starts 年度/年终 as in "1.1年度目标".
        if (c is '年' or '月' or '日')
            return !(at + 1 < line.Length && line[at + 1] is '度' or '终' or '初' or '中');
        return false;
    }

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';
}
