using UglyToad.PdfPig.Content;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Tells a real text layer from glyph codes that extract as garbage (fonts without a Unicode map).</summary>
public static class PdfTextQuality
{
    /// <summary>Above this share of unmappable letters the text would be indexed as noise.</summary>
    private const double MaxGarbageShare = 0.2;

    private static readonly string[] ChineseFontHints = ["CJK", "Song", "Hei", "Kai", "Ming", "FangSong", "SimSun", "SimHei", "STSong", "YaHei", "宋", "黑", "楷", "仿宋"];

    /// <summary>Null when the text is usable; else the reason.</summary>
    public static string? Check(IReadOnlyCollection<Letter> letters)
    {
        if (letters.Count == 0) return null;
        var garbage = 0;
        var cjk = 0;
        var fromChineseFonts = 0;
        foreach (var letter in letters)
        {
            if (IsGarbage(letter.Value)) garbage++;
            else if (letter.Value.Any(PdfText.IsCjk)) cjk++;
            var font = letter.FontName ?? "";
            if (ChineseFontHints.Any(h => font.Contains(h, StringComparison.OrdinalIgnoreCase))) fromChineseFonts++;
        }
        if (garbage > letters.Count * MaxGarbageShare) return "text extracts as garbage: font without a Unicode map";
        // Chinese fonts drew most glyphs but hardly any Chinese came out: the codes are glyph ids, not characters.
        if (fromChineseFonts > letters.Count / 2 && cjk < fromChineseFonts / 10) return "text extracts as garbage: font without a Unicode map";
        return null;
    }

    /// <summary>Private-use code points, controls and replacement characters are what unmapped glyph codes turn into.</summary>
    public static bool IsGarbage(string value)
    {
        if (value.Length == 0) return true;
        foreach (var c in value)
        {
            if (c is (>= '\uE000' and <= '\uF8FF') or '\uFFFD' || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r')) return true;
        }
        return false;
    }
}
