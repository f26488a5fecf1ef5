namespace OpsKnowledge.Core.Model;

/// <summary>A table as a full grid: merged cells are expanded, each covered position pointing at its origin cell.</summary>
public sealed record Table : Block
{
    /// <summary>0-based number of the table within its document.</summary>
    public required int Index { get; init; }

    public required IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; init; }

    /// <summary>How many leading rows are header rows (usually 1).</summary>
    public int HeaderRowCount { get; init; } = 1;

    public string? Caption { get; init; }

    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);

    public IEnumerable<IReadOnlyList<TableCell>> BodyRows => Rows.Skip(HeaderRowCount);

    /// <summary>The header text of a column, header rows joined with "/" when there are several.</summary>
    public string HeaderOf(int col)
    {
        var parts = new List<string>();
        for (var r = 0; r < HeaderRowCount && r < Rows.Count; r++)
        {
            if (col < Rows[r].Count && Rows[r][col].Text.Length > 0 && !parts.Contains(Rows[r][col].Text))
                parts.Add(Rows[r][col].Text);
        }
        return string.Join("/", parts);
    }
}

/// <summary>One grid position of a table.</summary>
public sealed record TableCell
{
    public required int Row { get; init; }

    public required int Col { get; init; }

    public required string Text { get; init; }

    /// <summary>Where the cell text stands in the repaired text (empty span for positions covered by a merge).</summary>
    public required TextSpan Span { get; init; }

    public int RowSpan { get; init; } = 1;

    public int ColSpan { get; init; } = 1;

    public bool IsHeader { get; init; }

    /// <summary>True where this position is covered by a merged cell that starts elsewhere; Text repeats the origin's text.</summary>
    public bool IsMergedContinuation { get; init; }
}
