using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Application.Pipeline;

/// <summary>
/// Runs the repair stage once over a document's blocks: every text unit (heading, paragraph, caption, table cell) becomes one
/// line of a single text, so the report's offsets point into that text (kept as the document's original text) and mojibake
/// detectors see a whole document's context rather than one cell at a time.
/// </summary>
internal sealed class BlockTextRepair(ITextRepairer repairer)
{
    public RepairedBlocks Repair(IReadOnlyList<SourceBlock> blocks)
    {
        var units = new List<string>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceHeading h: units.Add(OneLine(h.Text)); break;
                case SourceParagraph p: units.Add(OneLine(p.Text)); break;
                case SourceTable t:
                    if (t.Caption is not null) units.Add(OneLine(t.Caption));
                    foreach (var row in t.Rows)
                        foreach (var cell in row) units.Add(OneLine(cell.Text));
                    break;
            }
        }

        var original = string.Join('\n', units);
        var repaired = repairer.Repair(original);
        var mapped = Align(units, repaired.Text.Split('\n'));

        var result = new List<SourceBlock>(blocks.Count);
        var next = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceHeading h:
                    if (mapped[next++] is { } heading) result.Add(h with { Text = heading });
                    break;
                case SourceParagraph p:
                    if (mapped[next++] is { } text) result.Add(p with { Text = text });
                    break;
                case SourceTable t:
                    var caption = t.Caption is null ? null : mapped[next++] ?? t.Caption;
                    var rows = new List<IReadOnlyList<SourceCell>>(t.Rows.Count);
                    foreach (var row in t.Rows)
                    {
                        var cells = new List<SourceCell>(row.Count);
                        // A table cell is never dropped, even if the repairer took its line for site furniture.
                        foreach (var cell in row) cells.Add(cell with { Text = mapped[next++] ?? cell.Text });
                        rows.Add(cells);
                    }
                    result.Add(t with { Rows = rows, Caption = caption });
                    break;
                default:
                    result.Add(block);
                    break;
            }
        }
        return new RepairedBlocks(original, repaired.Report, result);
    }

    private static string OneLine(string text) =>
        text.Contains('\n') || text.Contains('\r') ? text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ') : text;

    /// <summary>Pairs each original unit with its repaired line; null where the repairer removed the line (boilerplate).</summary>
    private static string?[] Align(List<string> original, string[] repaired)
    {
        var mapped = new string?[original.Count];
        if (repaired.Length == original.Count)
        {
            for (var i = 0; i < mapped.Length; i++) mapped[i] = repaired[i];
            return mapped;
        }
        var j = 0;
        for (var i = 0; i < original.Count; i++)
        {
            if (j < repaired.Length && Similar(original[i], repaired[j])) mapped[i] = repaired[j++];
            else if (j + 1 < repaired.Length && Similar(original[i], repaired[j + 1]) && !Similar(original[Math.Min(i + 1, original.Count - 1)], repaired[j]))
            {
                j++;
                mapped[i] = repaired[j++];
            }
        }
        return mapped;
    }

    private static bool Similar(string a, string b)
    {
        if (a == b) return true;
        if (a.Length == 0 || b.Length == 0) return false;
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        if (shorter * 2 < longer) return false;
        // Repairs change characters (mojibake, lost punctuation) but keep most of them: count shared characters.
        var counts = new Dictionary<char, int>();
        foreach (var c in a) counts[c] = counts.GetValueOrDefault(c) + 1;
        var shared = 0;
        foreach (var c in b)
        {
            if (counts.TryGetValue(c, out var n) && n > 0)
            {
                counts[c] = n - 1;
                shared++;
            }
        }
        return shared * 2 >= longer;
    }
}
