using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Repair.Realignment;

/// <summary>Guesses the ASCII byte a misaligned run swallowed at its end (a lead byte followed by a byte below 0x40 makes an invalid pair that eats both).</summary>
/// <remarks>Only guesses the text after the run makes near certain: a wrong guess costs as much as leaving the byte out.</remarks>
public static class SwallowedAscii
{
    /// <summary>The swallowed character for a run that ended just before <paramref name="end"/> with the (repaired) character <paramref name="before"/>, or an empty string.</summary>
    public static string Guess(string text, int end, char before, DocumentBigrams document)
    {
        if (end >= text.Length || text[end] is '\n' or '\r') return "";
        var lineStart = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        var lineEnd = text.IndexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.Length;
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var rest = text.AsSpan(end, lineEnd - end);
        // A Markdown table cell ends in " |": the space before the bar went with the run.
        if (rest[0] == '|' && line.Contains(" |", StringComparison.Ordinal)) return " ";
        // "第四章 重点": a space the document puts after the same character elsewhere (a heading's number) and before a Han character.
        if (ChineseCharacters.IsHan(rest[0]) && ChineseCharacters.IsHan(before) && document.Contains(before, ' ')) return " ";
        if (!char.IsAsciiDigit(rest[0])) return "";
        // "(2026年1月至6月)" whose "(" was swallowed: the rest of the line closes a parenthesis it never opened.
        var close = rest.IndexOf(')');
        if (close > 0 && rest[..close].IndexOf('(') < 0) return "(";
        // "026年", "026—2028": a year of this century lost its first digit.
        if (rest.Length >= 4 && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && rest[0] == '0' && rest[3] is '年' or '—' or '-' or '－' or '至' or '/') return "2";
        return "";
    }
}
