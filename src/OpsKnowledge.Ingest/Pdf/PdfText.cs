using System.Text;
using UglyToad.PdfPig.Content;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Letters to lines and lines to text, with Chinese rules: no space between Chinese characters, one between Latin words.</summary>
internal static class PdfText
{
    /// <summary>A horizontal gap wider than this many font sizes ends a line segment (a column gutter or a table gap).</summary>
    private const double GutterGap = 1.6;

    public static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true
        || letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Heavy", StringComparison.OrdinalIgnoreCase) == true
        || letter.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke;

    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF')
        or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026';

    /// <summary>Groups letters into baseline rows, splits rows at gutters, and returns the segments as lines, top to bottom.</summary>
    /// <remarks>Space glyphs are kept: they are the only sure sign of a space the author typed between Chinese and digits.</remarks>
    public static List<PdfLine> BuildLines(IEnumerable<Letter> letters, int page)
    {
        var lines = new List<PdfLine>();
        foreach (var row in Rows(letters))
        {
            var segment = new List<Letter>();
            Letter? previous = null;
            foreach (var letter in row)
            {
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    segment.Add(letter);
                    continue;
                }
                if (previous is not null && Gap(previous, letter) > GutterGap * Math.Max(letter.PointSize, previous.PointSize))
                {
                    AddLine(lines, segment, page);
                    segment = [];
                }
                segment.Add(letter);
                previous = letter;
            }
            AddLine(lines, segment, page);
        }
        return lines;
    }

    /// <summary>Cell text: rows top to bottom, joined by the same rules as paragraph lines.</summary>
    public static string JoinLetters(IReadOnlyList<Letter> letters)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(letters)) AppendLine(text, RowText(row));
        return text.ToString();
    }

    /// <summary>Appends a wrapped line: nothing between Chinese text, a space between Latin words.</summary>
    public static void AppendLine(StringBuilder text, string line)
    {
        if (line.Length == 0) return;
        if (text.Length > 0 && !IsCjk(text[^1]) && !IsCjk(line[0]) && text[^1] != '-' && text[^1] != '/') text.Append(' ');
        text.Append(line);
    }

    /// <summary>Space between two letters by their advance (pen positions): glyph boxes of "，" or "1" are narrower than the glyph's cell.</summary>
    private static double Gap(Letter before, Letter after) => after.StartBaseLine.X - before.EndBaseLine.X;

    private static List<List<Letter>> Rows(IEnumerable<Letter> letters)
    {
        var rows = new List<(double Baseline, double Size, List<Letter> Letters)>();
        foreach (var letter in letters.Where(l => l.Value.Length > 0).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var y = letter.StartBaseLine.Y;
            var index = rows.FindLastIndex(r => Math.Abs(r.Baseline - y) <= 0.35 * Math.Max(r.Size, letter.PointSize));
            if (index < 0) rows.Add((y, letter.PointSize, [letter]));
            else rows[index].Letters.Add(letter);
        }
        return rows.Select(r => r.Letters.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
    }

    private static void AddLine(List<PdfLine> lines, List<Letter> segment, int page)
    {
        var letters = segment.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0) return;
        var size = letters.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        var bold = letters.Count(IsBold) * 2 > letters.Count;
        lines.Add(new PdfLine(RowText(segment), page,
            letters.Min(l => l.BoundingBox.Left), letters.Max(l => l.BoundingBox.Right),
            letters.Max(l => l.BoundingBox.Top), letters.Min(l => l.StartBaseLine.Y), size, bold));
    }

    private static string RowText(List<Letter> row)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        var typedSpace = false;
        foreach (var letter in row)
        {
            var value = letter.Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                typedSpace = true;
                continue;
            }
            if (previous is not null && text.Length > 0)
            {
                var gap = Gap(previous, letter);
                var size = Math.Max(letter.PointSize, 1);
                var anyCjk = IsCjk(text[^1]) || IsCjk(value[0]);
                // Producers that position words without space glyphs: a fifth of an em between Latin letters is a space;
                // next to Chinese, layout engines add their own spacing around digits, so only most of an em counts.
                if (typedSpace || gap > (anyCjk ? 0.9 : 0.2) * size) text.Append(' ');
            }
            typedSpace = false;
            text.Append(value);
            previous = letter;
        }
        return text.ToString();
    }
}
