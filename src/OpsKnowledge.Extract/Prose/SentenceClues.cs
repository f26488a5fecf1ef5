using System.Buffers;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Cheap tests a pattern runs before its regexes: a sentence without any of a grammar's required words or without a number cannot match it.</summary>
internal static class SentenceClues
{
    // Every quantity the grammar reads starts from a digit (\d is any Unicode decimal digit) or a Chinese numeral (百分之 holds 百).
    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("零〇一二两三四五六七八九十百千");

    /// <summary>Words of a regex alternation ("达到|提升至|…") as a multi-string search.</summary>
    public static SearchValues<string> Words(string alternation) => SearchValues.Create(alternation.Split('|'), StringComparison.Ordinal);

    public static bool HasAny(string text, SearchValues<string> words) => text.AsSpan().IndexOfAny(words) >= 0;

    // Some of the characters IndicatorName.ClauseStart accepts before a name; missing one only makes the clause found start earlier.
    private static readonly SearchValues<char> ClauseBoundaries = SearchValues.Create("，,。；;：:！？!?、 \t\r\n（）()“”\"《》【】");

    /// <summary>
    /// Where a regex search can start when a match needs the word at <paramref name="index"/> (or one after it) in the same clause as its start:
    /// the start of that clause. Matching from there finds the same matches as from the start of the sentence, skipping verb-less clauses.
    /// </summary>
    public static int ClauseStartBefore(string text, int index)
    {
        var boundary = text.AsSpan(0, index).LastIndexOfAny(ClauseBoundaries);
        return boundary + 1;
    }

    /// <summary>True when the text holds a decimal digit of any script, which is what \d matches.</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c >= 0x80 && char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>True when the text holds anything a quantity can start its number with.</summary>
    public static bool HasNumber(string text) => text.AsSpan().IndexOfAny(ChineseNumerals) >= 0 || HasDigit(text);
}
