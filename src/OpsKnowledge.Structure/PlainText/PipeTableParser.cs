using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Structure.PlainText;

/// <summary>Reads runs of "| a | b |" lines as tables; a "|---|" line marks the rows above it as the header.</summary>
internal static class PipeTableParser
{
    public static bool IsRow(string line) => line.Length >= 3 && line[0] == '|' && line.AsSpan(1).IndexOf('|') >= 0;

    public static SourceTable Parse(IReadOnlyList<string> lines)
    {
        var rows = new List<IReadOnlyList<SourceCell>>(lines.Count);
        var headerRows = -1;
        foreach (var line in lines)
        {
            var cells = Cells(line);
            if (IsSeparator(cells))
            {
                if (headerRows < 0) headerRows = rows.Count;
                continue;
            }
            rows.Add(cells.Select(text => new SourceCell(text)).ToList());
        }
        // Without a separator line the first row is still, by far most often, the header.
        if (headerRows < 0) headerRows = 1;
        return new SourceTable(rows, Math.Min(headerRows, rows.Count));
    }

    private static List<string> Cells(string line)
    {
        var inner = line.Trim();
        inner = inner[1..];
        if (inner.EndsWith('|')) inner = inner[..^1];
        return inner.Split('|').Select(cell => cell.Trim()).ToList();
    }

    private static bool IsSeparator(List<string> cells) =>
        cells.Count > 0 && cells.All(cell => cell.Length > 0 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c is '-' or '—' or '－' or '='));
}
