using System.Text;
using System.Text.RegularExpressions;
using OpsKnowledge.Structure.Numbering;

namespace OpsKnowledge.Structure.PlainText;

/// <summary>
/// Finds a table of contents: a run of heading lines (perhaps after "目录") whose headings reappear later in the body.
/// It also frees a title run into the first entry and a body run into the last one, as scraped pages glue them together.
/// </summary>
internal sealed partial class TableOfContentsDetector(StructureOptions options)
{
    [GeneratedRegex(@"(?:[\s.·…．_\-]{2,}|\s+)\d{1,3}$")]
    private static partial Regex PageNumberSuffix();

    /// <summary>Removes the table of contents from <paramref name="lines"/> (table rows are null) and returns its entries, or an empty list.</summary>
    public List<TableOfContentsEntry> Extract(List<string?> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (Entry(lines[i]) is null) { i++; continue; }
            // The run stops where a heading repeats: there the body starts again with the first listed heading.
            var end = i;
            var keys = new HashSet<string>();
            // A heading glued to the line before the run is the first entry; the body restarting with it ends the run.
            if (i > 0 && lines[i - 1] is { } previous && Glued(previous) is { } glued) keys.Add(glued.Entry.Key);
            while (end < lines.Count && Entry(lines[end]) is { } entry && keys.Add(entry.Key)) end++;
            if (end - i >= options.MinTableOfContentsEntries && TryTake(lines, i, end, out var entries)) return entries;
            i = end;
        }
        return [];
    }

    private bool TryTake(List<string?> lines, int start, int end, out List<TableOfContentsEntry> entries)
    {
        entries = [];
        for (var k = start; k < end; k++) entries.Add(Entry(lines[k])!);
        var body = Stripped(lines, end);

        // A title glued to the first entry: "某某实施方案一、背景分析".
        string? before = null;
        var hasTitleWord = start > 0 && lines[start - 1] is { } heading && IsTocWord(heading);
        if (start > 0 && !hasTitleWord && lines[start - 1] is { } previous && Glued(previous) is { } glued
            && body.Contains(glued.Entry.Key, StringComparison.Ordinal))
        {
            entries.Insert(0, glued.Entry);
            before = previous[..glued.At].Trim();
        }

        // The body glued to the last entry: "10.4未来展望一、背景分析1.1行业……".
        string? after = null;
        if (end < lines.Count && lines[end] is { } next && HeadingNumberParser.Parse(next) is not null)
        {
            for (var k = 1; k < next.Length && after is null; k++)
            {
                foreach (var entry in entries.Take(3))
                {
                    if (entry.MatchAt(next, k) < 0 || Entry(next[..k]) is not { } last) continue;
                    // The body's own first heading is not a glued entry: it is listed already.
                    if (entries.Any(listed => listed.Key == last.Key)) continue;
                    entries.Add(last);
                    after = next[k..];
                    body = Stripped(lines, end + 1) + after;
                    break;
                }
            }
        }

        // A preview page may cut the body short, so a body that starts over with the first listed heading is proof enough.
        var restarts = after is not null || (end < lines.Count && lines[end] is { } first && entries[0].MatchAt(first, 0) >= 0);
        var found = entries.Count(entry => body.Contains(entry.Key, StringComparison.Ordinal));
        if (!restarts && !(hasTitleWord && found > 0) && found < options.MinTableOfContentsRecall * entries.Count) return false;

        if (after is not null) lines[end] = after;
        for (var k = start; k < end; k++) lines[k] = "";
        if (hasTitleWord) lines[start - 1] = "";
        if (before is not null) lines[start - 1] = before;
        return true;
    }

    /// <summary>The heading number ending a line after some other text ("某某方案一、背景分析"), with where it starts.</summary>
    private (TableOfContentsEntry Entry, int At)? Glued(string line)
    {
        for (var k = Math.Max(1, line.Length - options.MaxHeadingLength); k < line.Length; k++)
        {
            if (HeadingNumberParser.Parse(line, k) is not { } number || number.Style.IsListLike) continue;
            if (Entry(line[k..]) is { } entry) return (entry, k);
        }
        return null;
    }

    private static bool IsTocWord(string line) => line.Replace(" ", "").Replace("\u3000", "") is "目录" or "目次" or "目錄";

    private TableOfContentsEntry? Entry(string? line)
    {
        if (string.IsNullOrEmpty(line)) return null;
        var text = PageNumberSuffix().Replace(line, "").TrimEnd('.', '…', '·', ' ');
        if (text.Length > options.MaxHeadingLength) return null;
        if (HeadingNumberParser.Parse(text) is not { } number || number.TitleStart >= text.Length) return null;
        var title = RemoveSpaces(text[number.TitleStart..]);
        if (title.Length < 2 || title.AsSpan().IndexOfAny("。，；,;") >= 0) return null;
        return new TableOfContentsEntry(text[..number.TitleStart].TrimEnd(), title);
    }

    private static string Stripped(List<string?> lines, int from)
    {
        var builder = new StringBuilder();
        for (var k = from; k < lines.Count; k++)
        {
            if (lines[k] is { } line) builder.Append(RemoveSpaces(line));
        }
        return builder.ToString();
    }

    private static string RemoveSpaces(string text)
    {
        if (!text.Any(char.IsWhiteSpace)) return text;
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
