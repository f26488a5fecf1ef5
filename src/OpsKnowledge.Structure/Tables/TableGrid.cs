using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Structure.Tables;

/// <summary>A source table expanded to a full rectangular grid; merged cells cover their positions.</summary>
internal sealed class TableGrid
{
    public sealed record Slot(string Text, int RowSpan, int ColSpan, bool IsHeader, bool IsContinuation);

    public required Slot[][] Rows { get; init; }

    // Spans and padding may add this many positions per source cell, plus a fixed allowance: beyond it a table is ragged or
    // bombed (rows of growing width, colspan=1000 rowspan=65534), and expanding it would be quadratic in the input.
    private const int SlotsPerCell = 8;
    private const int SlotAllowance = 100_000;

    public static TableGrid Expand(SourceTable table)
    {
        var rowCount = table.Rows.Count;
        var grid = new List<Slot?[]>();
        long sourceCells = 0;
        foreach (var row in table.Rows) sourceCells += row.Count;
        var budget = sourceCells * SlotsPerCell + SlotAllowance;
        long placed = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (At(grid, r, c) is not null) c++;
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rowCount - r);
                var colSpan = Math.Max(1, cell.ColSpan);
                if (placed + (long)rowSpan * colSpan > budget) (rowSpan, colSpan) = (1, 1);
                placed += (long)rowSpan * colSpan;
                var text = Outline.LineText.Cell(cell.Text);
                var isHeader = cell.IsHeader || r < table.HeaderRowCount;
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        var origin = dr == 0 && dc == 0;
                        Set(grid, r + dr, c + dc, new Slot(text, origin ? rowSpan : 1, origin ? colSpan : 1, isHeader, !origin));
                    }
                }
                c += colSpan;
            }
        }
        var width = grid.Count == 0 ? 0 : grid.Max(row => row.Length);
        // A grid that padding would swell by more than half (pipe rows of growing width) keeps each row at its own width (ragged):
        // padding then stays proportional to what the rows hold. A small table is always padded to a rectangle.
        var ragged = (long)width * grid.Count > placed * 3 / 2 + 1_000;
        var rows = new Slot[grid.Count][];
        for (var r = 0; r < grid.Count; r++)
        {
            var rowWidth = ragged ? grid[r].Length : width;
            rows[r] = new Slot[rowWidth];
            for (var c = 0; c < rowWidth; c++)
                rows[r][c] = (c < grid[r].Length ? grid[r][c] : null) ?? new Slot("", 1, 1, r < table.HeaderRowCount, false);
        }
        return new TableGrid { Rows = rows };
    }

    private static Slot? At(List<Slot?[]> grid, int r, int c) =>
        r < grid.Count && c < grid[r].Length ? grid[r][c] : null;

    private static void Set(List<Slot?[]> grid, int r, int c, Slot slot)
    {
        while (grid.Count <= r) grid.Add([]);
        if (grid[r].Length <= c)
        {
            var row = grid[r];
            Array.Resize(ref row, c + 1);
            grid[r] = row;
        }
        grid[r][c] ??= slot;
    }
}
