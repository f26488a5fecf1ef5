namespace OpsKnowledge.Structure.Numbering;

/// <summary>Reads small Chinese numerals (一 … 九十九, with 〇/零/两) as used in heading numbers.</summary>
internal static class ChineseNumeral
{
    public static bool IsDigit(char c) => Value(c) >= 0 || c is '十' or '百' or '拾' or '佰';

    /// <summary>True for the financial (capital) forms 壹 贰 叁 …, which number a level of their own.</summary>
    public static bool IsCapital(char c) => c is '壹' or '贰' or '貳' or '叁' or '參' or '肆' or '伍' or '陆' or '陸' or '柒' or '捌' or '玖' or '拾' or '佰';

    public static int Value(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
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
            if (c is '百' or '佰')
            {
                total += (current < 0 ? 1 : current) * 100;
                current = -1;
            }
            else if (c is '十' or '拾')
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
