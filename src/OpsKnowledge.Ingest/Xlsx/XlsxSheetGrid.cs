using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>One worksheet's cells as shown (numbers formatted) and its merged ranges, addressed by 0-based row and column.</summary>
public sealed class XlsxSheetGrid
{
    private readonly Dictionary<(int Row, int Col), string> _text = [];
    private readonly Dictionary<(int Row, int Col), (int Rows, int Cols)> _merges = [];
    private readonly HashSet<(int Row, int Col)> _covered = [];

    public int RowCount { get; private set; }

    public int ColumnCount { get; private set; }

    public static XlsxSheetGrid Read(WorksheetPart part, XlsxCellText cells, CancellationToken cancellationToken)
    {
        var grid = new XlsxSheetGrid();
        var worksheet = part.Worksheet;
        if (worksheet is null) return grid;
        var nextRow = 0;
        foreach (var row in worksheet.Descendants<Row>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = row.RowIndex?.Value is { } index ? (int)index - 1 : nextRow;
            nextRow = r + 1;
            var nextCol = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var (cellRow, c) = ParseReference(cell.CellReference?.Value) ?? (r, nextCol);
                nextCol = c + 1;
                var text = cells.Text(cell).Trim();
                if (text.Length == 0) continue;
                grid._text[(cellRow, c)] = text;
                grid.Grow(cellRow, c);
            }
        }
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            var range = merge.Reference?.Value?.Split(':');
            if (range is not { Length: 2 } || ParseReference(range[0]) is not { } from || ParseReference(range[1]) is not { } to) continue;
            var (top, left, bottom, right) = (Math.Min(from.Row, to.Row), Math.Min(from.Col, to.Col), Math.Max(from.Row, to.Row), Math.Max(from.Col, to.Col));
            if (grid._covered.Contains((top, left)) || grid._merges.ContainsKey((top, left))) continue; // overlapping ranges: the first wins
            grid._merges[(top, left)] = (bottom - top + 1, right - left + 1);
            for (var y = top; y <= bottom; y++)
                for (var x = left; x <= right; x++)
                    if (y != top || x != left) grid._covered.Add((y, x));
            // A merge only reaches as far as the sheet's text when its origin holds text.
            if (grid._text.ContainsKey((top, left))) grid.Grow(bottom, right);
        }
        return grid;
    }

    public string Text(int row, int col) => _text.GetValueOrDefault((row, col), "");

    public bool IsCovered(int row, int col) => _covered.Contains((row, col));

    /// <summary>Rows and columns the merged range starting here spans; (1, 1) for an ordinary cell.</summary>
    public (int Rows, int Cols) Span(int row, int col) => _merges.GetValueOrDefault((row, col), (1, 1));

    /// <summary>True when the row holds text, or lies under a merged cell whose text starts above it.</summary>
    public bool IsFilled(int row)
    {
        for (var c = 0; c < ColumnCount; c++)
        {
            if (_text.ContainsKey((row, c))) return true;
        }
        foreach (var ((top, left), (rows, _)) in _merges)
        {
            if (top < row && row < top + rows && _text.ContainsKey((top, left))) return true;
        }
        return false;
    }

    /// <summary>Columns of a row that start a cell holding text (merge origins included, covered positions not).</summary>
    public List<int> TextColumns(int row)
    {
        var columns = new List<int>();
        for (var c = 0; c < ColumnCount; c++)
        {
            if (!IsCovered(row, c) && _text.ContainsKey((row, c))) columns.Add(c);
        }
        return columns;
    }

    private void Grow(int row, int col)
    {
        RowCount = Math.Max(RowCount, row + 1);
        ColumnCount = Math.Max(ColumnCount, col + 1);
    }

    /// <summary>"AB12" to (11, 27); null when the reference is not a cell address.</summary>
    public static (int Row, int Col)? ParseReference(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var i = 0;
        var col = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            col = col * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
            if (col > 16384) return null;
        }
        if (i == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), out var row) || row < 1 || row > 1048576) return null;
        return (row - 1, col - 1);
    }
}
