using System.Text;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Ocr;

/// <summary>
/// Joins a scanned page's OCR lines into paragraphs: a line that stops short of the right margin ends its paragraph, and a
/// numbered line (一、, 2.1, 第三章) or a line in a larger font starts a new one, so headings stay lines of their own.
/// </summary>
public static partial class OcrBlockAssembler
{
    public static List<SourceBlock> Blocks(IReadOnlyList<OcrLine> lines, int page)
    {
        var blocks = new List<SourceBlock>();
        if (lines.Count == 0) return blocks;
        var right = lines.Max(l => l.Right);
        var bodyHeight = lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2);
        var paragraph = new StringBuilder();
        OcrLine? previous = null;
        foreach (var line in lines)
        {
            var startsNew = previous is null
                || previous.Right < right - 2 * bodyHeight
                || StrongNumbering().IsMatch(line.Text)
                || line.Height > bodyHeight * 1.3 || previous.Height > bodyHeight * 1.3
                || line.Top - previous.Bottom > bodyHeight * 1.2;
            if (startsNew && paragraph.Length > 0)
            {
                blocks.Add(new SourceParagraph(paragraph.ToString()) { Page = page });
                paragraph.Clear();
            }
            if (paragraph.Length > 0 && char.IsAsciiLetterOrDigit(paragraph[^1]) && char.IsAsciiLetterOrDigit(line.Text[0])) paragraph.Append(' ');
            paragraph.Append(line.Text);
            previous = line;
        }
        if (paragraph.Length > 0) blocks.Add(new SourceParagraph(paragraph.ToString()) { Page = page });
        return blocks;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[章节部分篇条]|\d+(?:\.\d+)*[、.．\s])")]
    private static partial Regex StrongNumbering();
}
