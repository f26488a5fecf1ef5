using System.Globalization;
using System.Text;

namespace OpsKnowledge.Ingest.Ocr;

/// <summary>Reads Tesseract's TSV output (one row per word with its box and confidence) into lines in reading order.</summary>
public static class OcrTsvParser
{
    public static List<OcrLine> Lines(string tsv)
    {
        var lines = new List<OcrLine>();
        var words = new List<(string Text, int Left, int Top, int Right, int Bottom, double Conf)>();
        (int Block, int Par, int Line) current = (-1, -1, -1);
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5") continue;
            if (!int.TryParse(f[2], out var block) || !int.TryParse(f[3], out var par) || !int.TryParse(f[4], out var line)) continue;
            var text = f[11].Trim();
            if (text.Length == 0) continue;
            if ((block, par, line) != current)
            {
                Flush(words, current.Block, lines);
                current = (block, par, line);
            }
            int.TryParse(f[6], out var left);
            int.TryParse(f[7], out var top);
            int.TryParse(f[8], out var width);
            int.TryParse(f[9], out var height);
            double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf);
            words.Add((text, left, top, left + width, top + height, conf));
        }
        Flush(words, current.Block, lines);
        return lines;
    }

    private static void Flush(List<(string Text, int Left, int Top, int Right, int Bottom, double Conf)> words, int block, List<OcrLine> lines)
    {
        if (words.Count == 0) return;
        var text = new StringBuilder();
        foreach (var word in words)
        {
            // Tesseract separates Chinese characters like words; only Latin words and numbers keep a space between them.
            if (text.Length > 0 && IsLatin(text[^1]) && IsLatin(word.Text[0])) text.Append(' ');
            text.Append(word.Text);
        }
        lines.Add(new OcrLine(text.ToString(), words.Min(w => w.Left), words.Min(w => w.Top), words.Max(w => w.Right), words.Max(w => w.Bottom), words.Average(w => w.Conf), block));
        words.Clear();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c is '%' or '.' or ',';
}
