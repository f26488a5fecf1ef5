using System.Text;
using System.Text.RegularExpressions;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Headings, prose and tables cut out of the bundled corpus/ plans, the raw material that generated plans recombine.</summary>
public sealed partial class CorpusMaterial
{
    public required IReadOnlyList<string> Headings { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    public required IReadOnlyList<PlanTable> Tables { get; init; }

    /// <summary>The bundled PDF plans, which the generator copies under new names (it has no PDF writer of its own).</summary>
    public required IReadOnlyList<string> PdfFiles { get; init; }

    public static CorpusMaterial Load(string corpusDirectory)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var headings = new List<string>();
        var paragraphs = new List<string>();
        var tables = new List<PlanTable>();
        var files = Directory.GetFiles(corpusDirectory).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase)) continue;
            if (extension is ".txt" or ".md") CutText(File.ReadAllText(file), headings, paragraphs, tables);
            else if (extension is ".html" or ".htm") CutHtml(Decode(File.ReadAllBytes(file)), headings, paragraphs, tables);
        }

        return new CorpusMaterial
        {
            Headings = headings.Distinct().ToArray(),
            Paragraphs = paragraphs.Distinct().ToArray(),
            Tables = tables,
            PdfFiles = files.Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToArray(),
        };
    }

    private static string Decode(byte[] bytes)
    {
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static void CutText(string text, List<string> headings, List<string> paragraphs, List<PlanTable> tables)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('|'))
            {
                if (!SeparatorRow().IsMatch(line)) rows.Add(line.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                continue;
            }
            if (rows.Count > 1) tables.Add(new PlanTable(rows.ToArray()));
            rows.Clear();
            Classify(line, headings, paragraphs);
        }
        if (rows.Count > 1) tables.Add(new PlanTable(rows.ToArray()));
    }

    private static void CutHtml(string html, List<string> headings, List<string> paragraphs, List<PlanTable> tables)
    {
        foreach (Match block in HtmlBlock().Matches(html))
        {
            var tag = block.Groups[1].Value.ToLowerInvariant();
            if (tag == "table")
            {
                var rows = HtmlRow().Matches(block.Value)
                    .Select(r => (IReadOnlyList<string>)HtmlCell().Matches(r.Value).Select(c => StripTags(c.Groups[1].Value)).ToArray())
                    .Where(r => r.Count > 1)
                    .ToArray();
                if (rows.Length > 1 && rows.All(r => r.Count == rows[0].Count)) tables.Add(new PlanTable(rows));
            }
            else
            {
                Classify(StripTags(block.Groups[2].Value), headings, paragraphs, tag.StartsWith('h'));
            }
        }
    }

    private static void Classify(string line, List<string> headings, List<string> paragraphs, bool isHeading = false)
    {
        line = line.Trim();
        if (line.Length == 0) return;
        var title = HeadingNumber().Replace(line.TrimStart('#', ' '), "").Trim();
        if (isHeading || line.StartsWith('#') || (line.Length <= 24 && !line.Contains('。') && HeadingNumber().IsMatch(line)))
        {
            if (title.Length is >= 2 and <= 20) headings.Add(title);
        }
        else if (line.Length >= 20)
        {
            paragraphs.Add(line);
        }
    }

    private static string StripTags(string html) =>
        System.Net.WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim();

    [GeneratedRegex(@"^\|?\s*:?-{2,}")]
    private static partial Regex SeparatorRow();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+[章节部分]\s*|[一二三四五六七八九十壹贰貳叁參肆伍]+、|[（(][一二三四五六七八九十]+[）)]|\d+(\.\d+)*[\.、)）]?\s*)")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"<(h[1-6]|p|li|table)\b[^>]*>(.*?)</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBlock();

    [GeneratedRegex(@"<tr\b[^>]*>.*?</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRow();

    [GeneratedRegex(@"<t[dh]\b[^>]*>(.*?)</t[dh]>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCell();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
