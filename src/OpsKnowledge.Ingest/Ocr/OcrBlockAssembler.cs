using System.Text;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Ocr;

/// <summary>
/// Joins a scanned page's OCR lines into paragraphs: a line that stops short of the right margin ends its paragraph, and a
/// numbered line (一、, 2.1, 第三章), a line in a larger font or a line in another of Tesseract's blocks starts a new one, so headings
/// stay lines of their own. The right margin is each block's own: on a two-column page every line of the left column ends short of the
/// page's right edge, which made each of them a paragraph and cut sentences (and their records) in two.
/// </summary>
public static partial class OcrBlockAssembler
{
    public static List<SourceBlock> Blocks(IReadOnlyList<OcrLine> lines, int page)
    {
        var blocks = new List<SourceBlock>();
        if (lines.Count == 0) return blocks;
        var rightByBlock = new Dictionary<int, int>();
        foreach (var line in lines) rightByBlock[line.Block] = Math.Max(rightByBlock.GetValueOrDefault(line.Block), line.Right);
        var bodyHeight = lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2);
        var paragraph = new StringBuilder();
        OcrLine? previous = null;
        foreach (var line in lines)
        {
            var startsNew = previous is null
                || line.Block != previous.Block
                || previous.Right < rightByBlock[previous.Block] - 2 * bodyHeight
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
