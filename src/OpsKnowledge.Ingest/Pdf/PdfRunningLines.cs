using System.Text.RegularExpressions;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Finds running headers, footers and page numbers: lines in the page margins that repeat across pages or are bare numbers.</summary>
internal static partial class PdfRunningLines
{
    /// <summary>Share of the page height, at top and bottom, where running lines live.</summary>
    private const double Band = 0.12;

    public static HashSet<PdfLine> Find(IReadOnlyList<List<PdfLine>> pages, IReadOnlyList<double> pageHeights)
    {
        var running = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        var counts = new Dictionary<string, int>();
        var candidates = new List<(PdfLine Line, string Key)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var height = pageHeights[p];
            var seen = new HashSet<string>();
            foreach (var line in pages[p])
            {
                if (line.Bottom > height * Band && line.Top < height * (1 - Band)) continue;
                if (PageNumber().IsMatch(line.Text))
                {
                    running.Add(line);
                    continue;
                }
                // Digits vary from page to page ("第3页", dates): compare the rest.
                var key = Digits().Replace(line.Text, "#").Replace(" ", "");
                candidates.Add((line, key));
                if (seen.Add(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        if (pages.Count >= 2)
        {
            foreach (var (line, key) in candidates)
            {
                if (counts[key] >= 2 && counts[key] * 2 >= pages.Count) running.Add(line);
            }
        }
        return running;
    }

    [GeneratedRegex(@"^\s*(?:[-–—\s]*\d{1,4}[-–—\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[ivxlcIVXLC]{1,6})\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
