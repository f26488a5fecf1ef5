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
