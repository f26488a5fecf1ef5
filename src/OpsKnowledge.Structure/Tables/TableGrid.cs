using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Structure.Tables;

/// <summary>A source table expanded to a full rectangular grid; merged cells cover their positions.</summary>
internal sealed class TableGrid
{
    public sealed record Slot(string Text, int RowSpan, int ColSpan, bool IsHeader, bool IsContinuation);

    public required Slot[][] Rows { get; init; }

    public static TableGrid Expand(SourceTable table)
    {
        var rowCount = table.Rows.Count;
        var grid = new List<Slot?[]>();
        for (var r = 0; r < rowCount; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (At(grid, r, c) is not null) c++;
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rowCount - r);
                var colSpan = Math.Max(1, cell.ColSpan);
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
        var rows = new Slot[grid.Count][];
        for (var r = 0; r < grid.Count; r++)
        {
            rows[r] = new Slot[width];
            for (var c = 0; c < width; c++)
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
