using System.Text;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>
/// Turns a PDF's text layer into source blocks in reading order: ruled tables rebuilt into cells (and joined across pages),
/// one- or two-column text joined into paragraphs, headings from font size and weight, running headers and page numbers dropped.
/// </summary>
public sealed partial class PdfBlockExtractor
{
    public const string NoTextLayer = "no text layer — scanned PDF, OCR not supported";

    /// <summary>A font this much larger than the body font is a heading font.</summary>
    private const double HeadingSizeRatio = 1.12;

    public PdfContent Extract(PdfDocument pdf, CancellationToken cancellationToken = default)
    {
        var pageLines = new List<List<PdfLine>>();
        var pageTables = new List<List<PdfTableRegion>>();
        var pageHeights = new List<double>();
        var allLetters = new List<Letter>();
        var scanned = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            allLetters.AddRange(letters);
            if (letters.Count == 0) scanned.Add(page.Number);
            var tables = letters.Count == 0 ? [] : PdfTableFinder.Find(page.Number, PdfRuling.FromPage(page), letters);
            var body = page.Letters.Where(l => !tables.Any(t => t.Contains((l.BoundingBox.Left + l.BoundingBox.Right) / 2, (l.BoundingBox.Top + l.BoundingBox.Bottom) / 2)));
            pageLines.Add(PdfText.BuildLines(body, page.Number));
            pageTables.Add(tables);
            pageHeights.Add(page.Height);
        }

        var pageCount = pageLines.Count;
        if (allLetters.Count == 0) return new PdfContent { PageCount = pageCount, Failure = NoTextLayer, ScannedPages = scanned };
        if (PdfTextQuality.Check(allLetters) is { } garbage) return new PdfContent { PageCount = pageCount, Failure = garbage };

        var running = PdfRunningLines.Find(pageLines, pageHeights);
        foreach (var lines in pageLines) lines.RemoveAll(running.Contains);

        var fonts = FontRanks.From(pageLines.SelectMany(l => l));
        var assembler = new Assembler(fonts);
        for (var p = 0; p < pageCount; p++)
        {
            assembler.Observe(p + 1, pageLines[p]);
            foreach (var item in ReadingOrder(pageLines[p], pageTables[p])) assembler.Add(item);
        }
        var blocks = assembler.Finish();
        var title = blocks.OfType<SourceHeading>().FirstOrDefault(h => h.Level == 1)?.Text;
        return new PdfContent { Blocks = blocks, PageCount = pageCount, RunningLinesRemoved = running.Count, Title = title, ScannedPages = scanned };
    }

    /// <summary>
    /// Orders a page's lines and tables: items that straddle the middle of the text area (titles, full-width paragraphs,
    /// tables) cut the page into bands; within a band the left column is read before the right one.
    /// </summary>
    private static List<object> ReadingOrder(List<PdfLine> lines, List<PdfTableRegion> tables)
    {
        var items = new List<(object Item, double Left, double Right, double Top)>();
        items.AddRange(lines.Select(l => ((object)l, l.Left, l.Right, l.Top)));
        items.AddRange(tables.Select(t => ((object)t, t.Left, t.Right, t.Top)));
        if (items.Count == 0) return [];
        var mid = (items.Min(i => i.Left) + items.Max(i => i.Right)) / 2;

        var ordered = new List<object>();
        var left = new List<(object Item, double Top)>();
        var right = new List<(object Item, double Top)>();
        void Flush()
        {
            ordered.AddRange(left.OrderByDescending(i => i.Top).Select(i => i.Item));
            ordered.AddRange(right.OrderByDescending(i => i.Top).Select(i => i.Item));
            left.Clear();
            right.Clear();
        }
        foreach (var (item, l, r, top) in items.OrderByDescending(i => i.Top))
        {
            if (l < mid - 2 && r > mid + 2)
            {
                Flush();
                ordered.Add(item);
            }
            else if (r <= mid + 2) left.Add((item, top));
            else right.Add((item, top));
        }
        Flush();
        return ordered;
    }

    /// <summary>The body font size and the larger sizes used for headings, ranked into levels.</summary>
    private sealed record FontRanks(double BodySize, List<double> HeadingSizes)
    {
        public static FontRanks From(IEnumerable<PdfLine> lines)
        {
            var list = lines.ToList();
            if (list.Count == 0) return new FontRanks(10, []);
            var body = list.GroupBy(l => Math.Round(l.FontSize * 2) / 2).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
            var headings = list.Select(l => Math.Round(l.FontSize * 2) / 2).Where(s => s > body * HeadingSizeRatio)
                .Distinct().OrderDescending().ToList();
            return new FontRanks(body, headings);
        }

        /// <summary>Heading level for a line, or null for body text.</summary>
        public int? LevelOf(PdfLine line)
        {
            var size = Math.Round(line.FontSize * 2) / 2;
            var rank = HeadingSizes.IndexOf(size);
            if (rank >= 0 && line.Text.Length <= 60) return rank + 1;
            // A short bold line at body size that does not end like a sentence is a minor heading.
            if (line.Bold && line.Text.Length <= 40 && !line.Text.EndsWith('。') && !line.Text.EndsWith('；')) return HeadingSizes.Count + 1;
            return null;
        }
    }

    /// <summary>Joins ordered lines into paragraphs and headings, and tables continued over a page break into one.</summary>
    private sealed partial class Assembler(FontRanks fonts)
    {
        private readonly List<SourceBlock> _blocks = [];
        private readonly StringBuilder _paragraph = new();
        private readonly Dictionary<int, PageColumns> _pages = [];
        private PdfLine? _last;
        private int _paragraphPage;
        private PdfTableRegion? _lastTable;
        private bool _tableIsLastBlock;

        public void Add(object item)
        {
            if (item is PdfTableRegion table)
            {
                AddTable(table);
                return;
            }
            var line = (PdfLine)item;
            if (fonts.LevelOf(line) is { } level)
            {
                Flush();
                if (_blocks.Count > 0 && _blocks[^1] is SourceHeading previous && previous.Level == level && _last is { } above
                    && above.Page == line.Page && above.Bottom - line.Top < line.Height * 0.8 && IsHeadingLine(above))
                {
                    // A heading wrapped over two lines.
                    var joined = new StringBuilder(previous.Text);
                    PdfText.AppendLine(joined, line.Text);
                    _blocks[^1] = previous with { Text = joined.ToString() };
                }
                else
                {
                    _blocks.Add(new SourceHeading(line.Text, level) { Page = line.Page });
                }
                _tableIsLastBlock = false;
                _last = line;
                return;
            }

            if (_paragraph.Length > 0 && _last is { } prev && StartsNewParagraph(prev, line)) Flush();
            if (_paragraph.Length == 0) _paragraphPage = line.Page;
            PdfText.AppendLine(_paragraph, line.Text);
            _tableIsLastBlock = false;
            _last = line;
        }

        public List<SourceBlock> Finish()
        {
            Flush();
            return _blocks;
        }

        private bool IsHeadingLine(PdfLine line) => fonts.LevelOf(line) is not null;

        private void AddTable(PdfTableRegion region)
        {
            Flush();
            if (_tableIsLastBlock && _lastTable is { } previous && region.Page > previous.Page && SameColumns(previous, region)
                && _blocks[^1] is SourceTable open)
            {
                // The table goes on over the page break: drop a repeated header row, append the rest.
                var header = open.Rows.Take(open.HeaderRowCount).Select(RowKey).ToList();
                var rows = region.Table.Rows.ToList();
                var skip = 0;
                while (skip < header.Count && skip < rows.Count && RowKey(rows[skip]) == header[skip]) skip++;
                var body = rows.Skip(skip).Select(r => (IReadOnlyList<SourceCell>)r.Select(c => c with { IsHeader = false }).ToList()).ToList();
                var merged = open.Rows.ToList();
                if (body.Count > 0 && IsRowTail(body[0], merged[^1]))
                {
                    // A row broken by the page break: its tail ("钟" of "不超过10分钟") belongs to the row above.
                    merged[^1] = merged[^1].Zip(body[0], (head, tail) => head with { Text = Joined(head.Text, tail.Text) }).ToList();
                    body.RemoveAt(0);
                }
                _blocks[^1] = open with { Rows = [.. merged, .. body] };
            }
            else
            {
                _blocks.Add(region.Table);
            }
            _lastTable = region;
            _tableIsLastBlock = true;
            _last = null;
        }

        /// <summary>True when a row has the same cells as the row above but text in fewer than half of them.</summary>
        private static bool IsRowTail(IReadOnlyList<SourceCell> row, IReadOnlyList<SourceCell> above) =>
            row.Count == above.Count && row.Count > 1 && row.Count(c => c.Text.Length > 0) * 2 < row.Count
            && row.Zip(above).All(p => p.First.ColSpan == p.Second.ColSpan);

        private static string Joined(string head, string tail)
        {
            var text = new StringBuilder(head);
            PdfText.AppendLine(text, tail);
            return text.ToString();
        }

        private static string RowKey(IReadOnlyList<SourceCell> row) => string.Join("\u001F", row.Select(c => c.Text));

        private static bool SameColumns(PdfTableRegion a, PdfTableRegion b) =>
            a.ColumnEdges.Count == b.ColumnEdges.Count && a.ColumnEdges.Zip(b.ColumnEdges).All(p => Math.Abs(p.First - p.Second) < 3);

        private bool StartsNewParagraph(PdfLine prev, PdfLine line)
        {
            var size = Math.Max(line.FontSize, 1);
            if (Math.Abs(prev.FontSize - line.FontSize) > 1) return true;
            var (left, right) = ColumnOf(prev);
            var prevShort = prev.Right < right - 2 * size;
            if (prevShort) return true;
            var (lineLeft, _) = ColumnOf(line);
            if (line.Left - lineLeft > 1.2 * size) return true; // first-line indent
            if (StrongNumbering().IsMatch(line.Text)) return true;
            if (prev.Page == line.Page && Math.Abs(prev.Left - lineLeft) < size * 8 && prev.Bottom - line.Top > 1.0 * Math.Max(line.Height, size)) return true;
            return false;
        }

        /// <summary>The left and right edges of the column a line sits in.</summary>
        private (double Left, double Right) ColumnOf(PdfLine line)
        {
            if (!_pages.TryGetValue(line.Page, out var page)) return (line.Left, line.Right);
            if (!page.TwoColumns || (line.Left < page.Mid - 2 && line.Right > page.Mid + 2)) return (page.TextLeft, page.TextRight);
            return line.Right <= page.Mid + 2 ? (page.TextLeft, page.LeftColumnRight) : (page.RightColumnLeft, page.TextRight);
        }

        public void Observe(int page, List<PdfLine> lines)
        {
            // A page with a few lines (the tail of a document) cannot show its columns: it keeps the previous page's.
            if (lines.Count < 6 && _pages.TryGetValue(page - 1, out var previous))
            {
                _pages[page] = previous;
                return;
            }
            if (lines.Count == 0) return;
            var textLeft = lines.Min(l => l.Left);
            var textRight = lines.Max(l => l.Right);
            var mid = (textLeft + textRight) / 2;
            var leftColumn = lines.Where(l => l.Right <= mid + 2).ToList();
            var rightColumn = lines.Where(l => l.Left >= mid - 2).ToList();
            // Two columns only when both halves hold a real share of lines; a few short lines do not make a column.
            var twoColumns = rightColumn.Count >= 3 && leftColumn.Count >= 3 && rightColumn.Count * 5 >= lines.Count;
            _pages[page] = new PageColumns(textLeft, textRight, mid, twoColumns,
                leftColumn.Count > 0 ? leftColumn.Max(l => l.Right) : mid, rightColumn.Count > 0 ? rightColumn.Min(l => l.Left) : mid);
        }

        private sealed record PageColumns(double TextLeft, double TextRight, double Mid, bool TwoColumns, double LeftColumnRight, double RightColumnLeft);

        private void Flush()
        {
            if (_paragraph.Length == 0) return;
            _blocks.Add(new SourceParagraph(_paragraph.ToString()) { Page = _paragraphPage });
            _paragraph.Clear();
        }

        [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百\d]+[章节部分篇]|\d+(?:\.\d+)+\s)")]
        private static partial Regex StrongNumbering();
    }
}
