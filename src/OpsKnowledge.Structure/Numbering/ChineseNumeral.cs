namespace OpsKnowledge.Structure.Numbering;

/// <summary>Reads small Chinese numerals (一 … 九十九, with 〇/零/两) as used in heading numbers.</summary>
internal static class ChineseNumeral
{
    public static bool IsDigit(char c) => Value(c) >= 0 || c == '十' || c == '百';

    public static int Value(char c) => c switch
    {
        '〇' or '零' => 0,
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

    /// <summary>The value of the numeral, or -1 when it is not a well-formed one.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return -1;
        var total = 0;
        var current = -1;
        foreach (var c in text)
        {
            if (c == '百')
            {
                total += (current < 0 ? 1 : current) * 100;
                current = -1;
            }
            else if (c == '十')
            {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            }
            else
            {
                var v = Value(c);
                if (v < 0) return -1;
                current = current < 0 ? v : current * 10 + v;
            }
        }
        var value = total + (current < 0 ? 0 : current);
        return value == 0 ? -1 : value;
    }
}
