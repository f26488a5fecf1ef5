using System.Text;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Ingest.Consistency;

/// <summary>
/// Compares two readings of the same plan (e.g. its Markdown and its PDF): section headings (number and title, with level)
/// and table cells (table, row, column, text) as multisets; white space and full-width/half-width forms do not count.
/// Totals are the larger of the two sides, so missing and extra items both lower the share.
/// </summary>
public static class DocumentConsistency
{
    public static ConsistencyScore Compare(Document reference, Document other)
    {
        var (sectionsMatched, sectionsTotal) = Match(Sections(reference), Sections(other));
        var (cellsMatched, cellsTotal) = Match(Cells(reference), Cells(other));
        return new ConsistencyScore(sectionsMatched, sectionsTotal, cellsMatched, cellsTotal);
    }

    /// <summary>The items of one side the other lacks, for reports and failing tests.</summary>
    public static IReadOnlyList<string> Differences(Document reference, Document other)
    {
        var differences = new List<string>();
        Diff(Sections(reference), Sections(other), "section", differences);
        Diff(Cells(reference), Cells(other), "cell", differences);
        return differences;
    }

    public static List<string> Sections(Document document) =>
        document.Sections.Select(s => $"{s.Level}:{Normalize(s.Heading)}").ToList();

    public static List<string> Cells(Document document)
    {
        var cells = new List<string>();
        var index = 0;
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    if (!cell.IsMergedContinuation) cells.Add($"{index}:{cell.Row}:{cell.Col}:{Normalize(cell.Text)}");
                }
            }
            index++;
        }
        return cells;
    }

    private static (int Matched, int Total) Match(List<string> reference, List<string> other)
    {
        var counts = new Dictionary<string, int>();
        foreach (var item in reference) counts[item] = counts.GetValueOrDefault(item) + 1;
        var matched = 0;
        foreach (var item in other)
        {
            if (counts.TryGetValue(item, out var n) && n > 0)
            {
                counts[item] = n - 1;
                matched++;
            }
        }
        return (matched, Math.Max(reference.Count, other.Count));
    }

    private static void Diff(List<string> reference, List<string> other, string kind, List<string> differences)
    {
        var left = new List<string>(other);
        foreach (var item in reference)
        {
            if (!left.Remove(item)) differences.Add($"missing {kind} {item}");
        }
        differences.AddRange(left.Select(item => $"extra {kind} {item}"));
    }

    private static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c)) result.Append(c);
        }
        return result.ToString();
    }
}
