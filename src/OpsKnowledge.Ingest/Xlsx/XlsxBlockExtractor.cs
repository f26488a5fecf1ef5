using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;
using DocumentFormat.OpenXml.Spreadsheet;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>
/// Turns a workbook into source blocks: a section per visible sheet (its name the heading), and on each sheet the tables
/// found between blank rows and title rows (a row with one cell), with merged cells as spans and numbers as shown.
/// </summary>
public sealed partial class XlsxBlockExtractor : IOoxmlBlockExtractor<SpreadsheetDocument, XlsxContent>
{
    public OoxmlFormat Format => OoxmlFormat.Xlsx;

    public SpreadsheetDocument Open(Stream stream) => SpreadsheetDocument.Open(stream, false);

    public string WhyEmpty(SpreadsheetDocument package) => package.WorkbookPart is null ? $"{Format.NotAZip} (no workbook part)" : "no text in the workbook";

    /// <summary>A single-cell row longer than this, or ending like a sentence, is a note rather than a title.</summary>
    private const int MaxTitleLength = 40;

    public XlsxContent Extract(SpreadsheetDocument document, CancellationToken cancellationToken = default)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbook is null || sheets is null) return new XlsxContent(null, [], 0);

        var cells = new XlsxCellText(workbook);
        var blocks = new List<SourceBlock>();
        var read = 0;
        foreach (var sheet in sheets)
        {
            // Hidden sheets hold lookup lists and scratch work, not what the author shows.
            if (sheet.State?.InnerText is "hidden" or "veryHidden") continue;
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue; // chart sheets
            var grid = XlsxSheetGrid.Read(part, cells, cancellationToken);
            if (grid.RowCount == 0) continue;
            read++;
            var name = sheet.Name?.Value?.Trim() ?? "";
            if (name.Length > 0 && !DefaultSheetName().IsMatch(name)) blocks.Add(new SourceHeading(name, 1));
            blocks.AddRange(SheetBlocks(grid));
        }
        // A workbook's title: its properties, else the first title row (sheet names are tab labels), else the first sheet's name.
        var title = document.PackageProperties.Title is { Length: > 0 } t ? t.Trim()
            : blocks.OfType<SourceHeading>().FirstOrDefault(h => h.Level == 2)?.Text ?? blocks.OfType<SourceHeading>().FirstOrDefault()?.Text;
        return new XlsxContent(title, blocks, read);
    }

    /// <summary>Splits a sheet at blank rows into row groups, and each group at title rows into tables.</summary>
    private static List<SourceBlock> SheetBlocks(XlsxSheetGrid grid)
    {
        var blocks = new List<SourceBlock>();
        var group = new List<int>();
        for (var r = 0; r <= grid.RowCount; r++)
        {
            if (r < grid.RowCount && grid.IsFilled(r))
            {
                group.Add(r);
                continue;
            }
            if (group.Count > 0) GroupBlocks(grid, group, blocks);
            group.Clear();
        }
        return blocks;
    }

    private static void GroupBlocks(XlsxSheetGrid grid, List<int> rows, List<SourceBlock> blocks)
    {
        var table = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var columns = grid.TextColumns(r);
            if (columns.Count >= 2 || (columns.Count == 0 && table.Count > 0))
            {
                table.Add(r);
                continue;
            }
            if (columns.Count == 0) continue;

            var text = grid.Text(r, columns[0]);
            var merged = grid.Span(r, columns[0]).Cols >= 2;
            var nextIsMulti = i + 1 < rows.Count && grid.TextColumns(rows[i + 1]).Count >= 2;
            var isTitle = IsTitleText(text) && (table.Count == 0 || merged || (nextIsMulti && LooksLikeHeader(grid, rows[i + 1])));
            var isNote = table.Count > 0 && (merged || NoteStart().IsMatch(text));
            if (table.Count > 0 && !isTitle && !isNote)
            {
                table.Add(r); // a row with only its name filled in belongs to the table
                continue;
            }
            FlushTable(grid, table, blocks);
            if (isTitle) blocks.Add(new SourceHeading(text, 2));
            else blocks.Add(new SourceParagraph(text));
        }
        FlushTable(grid, table, blocks);
    }

    private static bool IsTitleText(string text) =>
        text.Length <= MaxTitleLength && text[^1] is not ('。' or '；' or '，' or '：' or ':' or '.') && !NoteStart().IsMatch(text);

    /// <summary>A header row: two or more cells, all text (no cell reads as a number).</summary>
    private static bool LooksLikeHeader(XlsxSheetGrid grid, int row) =>
        grid.TextColumns(row).All(c => !double.TryParse(grid.Text(row, c).TrimEnd('%'), out _));

    private static void FlushTable(XlsxSheetGrid grid, List<int> rows, List<SourceBlock> blocks)
    {
        if (rows.Count == 0) return;
        var last = rows[^1];
        var left = int.MaxValue;
        var right = -1;
        foreach (var r in rows)
        {
            foreach (var c in grid.TextColumns(r))
            {
                left = Math.Min(left, c);
                right = Math.Max(right, c + grid.Span(r, c).Cols - 1);
            }
        }
        if (right < 0)
        {
            rows.Clear();
            return;
        }
        var headerRows = HeaderRowCount(grid, rows, left, right);
        var sourceRows = new List<IReadOnlyList<SourceCell>>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var cells = new List<SourceCell>();
            for (var c = left; c <= right; c++)
            {
                if (grid.IsCovered(r, c))
                {
                    // A merge that began above the table (or left of it) is not part of it: the position shows empty.
                    if (!CoveredFromInside(grid, rows, r, c, left)) cells.Add(new SourceCell("", IsHeader: i < headerRows));
                    continue;
                }
                var (spanRows, spanCols) = grid.Span(r, c);
                spanRows = Math.Min(spanRows, last - r + 1);
                spanCols = Math.Min(spanCols, right - c + 1);
                cells.Add(new SourceCell(grid.Text(r, c), spanRows, spanCols, i < headerRows));
            }
            sourceRows.Add(cells);
        }
        blocks.Add(new SourceTable(sourceRows, headerRows));
        rows.Clear();
    }

    /// <summary>True when the merged cell covering (row, col) starts within the table's rows and columns.</summary>
    private static bool CoveredFromInside(XlsxSheetGrid grid, List<int> rows, int row, int col, int left)
    {
        foreach (var r in rows)
        {
            if (r > row) break;
            for (var c = left; c <= col; c++)
            {
                if (grid.IsCovered(r, c)) continue;
                var (spanRows, spanCols) = grid.Span(r, c);
                if ((spanRows > 1 || spanCols > 1) && r + spanRows > row && c + spanCols > col && (r, c) != (row, col)) return true;
            }
        }
        return false;
    }

    /// <summary>One header row, more when the first row's cells are merged down or a merged group heading sits over sub-headings.</summary>
    private static int HeaderRowCount(XlsxSheetGrid grid, List<int> rows, int left, int right)
    {
        var first = rows[0];
        var count = 1;
        var groupHeading = false;
        for (var c = left; c <= right; c++)
        {
            if (grid.IsCovered(first, c)) continue;
            var (spanRows, spanCols) = grid.Span(first, c);
            count = Math.Max(count, spanRows);
            if (spanCols > 1) groupHeading = true;
        }
        if (count == 1 && groupHeading && rows.Count > 2 && LooksLikeHeader(grid, rows[1])) count = 2;
        return Math.Min(count, rows.Count);
    }

    [GeneratedRegex(@"^(?:Sheet|工作表|Лист|Feuil)\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultSheetName();

    [GeneratedRegex(@"^(?:注|说明|备注|数据来源|资料来源|注释)[：:\s]")]
    private static partial Regex NoteStart();
}
