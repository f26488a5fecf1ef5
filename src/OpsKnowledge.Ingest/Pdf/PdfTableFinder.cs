using OpsKnowledge.Core.Pipeline;
using UglyToad.PdfPig.Content;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>
/// Rebuilds ruled tables: rules that cross each other form a grid; a cell spans to the next rule that actually
/// separates it (so merged cells come out once with their spans), and letters are placed in cells by their centres.
/// </summary>
internal static class PdfTableFinder
{
    private const double Tolerance = 2.0;

    public static List<PdfTableRegion> Find(int page, List<PdfRuling> rulings, IReadOnlyList<Letter> letters)
    {
        var tables = new List<PdfTableRegion>();
        foreach (var group in ConnectedGroups(rulings))
        {
            var xs = Distinct(group.Where(r => !r.Horizontal).Select(r => r.Position));
            var ys = Distinct(group.Where(r => r.Horizontal).Select(r => r.Position));
            if (xs.Count < 2 || ys.Count < 2) continue;
            ys.Reverse(); // top first: PDF y grows upwards
            var table = Build(group, xs, ys, letters);
            if (table is null) continue;
            tables.Add(new PdfTableRegion(page, xs[0], xs[^1], ys[0], ys[^1], xs, table with { Page = page }));
        }
        return tables;
    }

    private static SourceTable? Build(List<PdfRuling> rules, List<double> xs, List<double> ys, IReadOnlyList<Letter> letters)
    {
        var rowCount = ys.Count - 1;
        var colCount = xs.Count - 1;
        var covered = new bool[rowCount, colCount];
        var rows = new List<IReadOnlyList<SourceCell>>();
        var boldRows = new List<bool>();
        for (var r = 0; r < rowCount; r++)
        {
            var cells = new List<SourceCell>();
            var allBold = true;
            for (var c = 0; c < colCount; c++)
            {
                if (covered[r, c]) continue;
                var midY = (ys[r] + ys[r + 1]) / 2;
                var midX = (xs[c] + xs[c + 1]) / 2;
                var colSpan = 1;
                while (c + colSpan < colCount && !rules.Any(v => !v.Horizontal && v.Covers(xs[c + colSpan], midY, Tolerance))) colSpan++;
                var rowSpan = 1;
                while (r + rowSpan < rowCount && !rules.Any(h => h.Horizontal && h.Covers(ys[r + rowSpan], midX, Tolerance))) rowSpan++;
                for (var i = 0; i < rowSpan; i++)
                    for (var j = 0; j < colSpan; j++) covered[r + i, c + j] = true;

                var inside = letters.Where(l => Centre(l) is var (x, y) && x > xs[c] && x < xs[c + colSpan] && y < ys[r] && y > ys[r + rowSpan]).ToList();
                allBold &= inside.Count == 0 || inside.All(PdfText.IsBold);
                cells.Add(new SourceCell(PdfText.JoinLetters(inside), rowSpan, colSpan));
            }
            rows.Add(cells);
            boldRows.Add(allBold && cells.Any(c => c.Text.Length > 0));
        }

        // Empty shells (a ruled box with nothing in it, a frame around a page) are not tables.
        if (rows.All(r => r.All(c => c.Text.Length == 0)) || rows.Count < 2 && colCount < 2) return null;

        // Header rows: leading rows set in bold (word processors bold th); the first row at least, as plans name columns there.
        var header = 0;
        while (header < boldRows.Count - 1 && boldRows[header]) header++;
        header = Math.Max(header, 1);
        var marked = rows.Select((row, i) => (IReadOnlyList<SourceCell>)row.Select(c => c with { IsHeader = i < header }).ToList()).ToList();
        return new SourceTable(marked, header);
    }

    private static (double X, double Y) Centre(Letter letter) =>
        ((letter.BoundingBox.Left + letter.BoundingBox.Right) / 2, (letter.BoundingBox.Top + letter.BoundingBox.Bottom) / 2);

    private static List<List<PdfRuling>> ConnectedGroups(List<PdfRuling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
            for (var j = i + 1; j < rulings.Count; j++)
                if (rulings[i].Crosses(rulings[j], Tolerance)) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, rulings.Count).GroupBy(Root).Select(g => g.Select(i => rulings[i]).ToList())
            .Where(g => g.Count >= 4).ToList();
    }

    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.Order())
        {
            if (result.Count == 0 || p - result[^1] > Tolerance) result.Add(p);
        }
        return result;
    }
}
