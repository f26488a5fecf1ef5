using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Structure.PlainText;

namespace OpsKnowledge.Structure;

/// <summary>Splits repaired plain text into source blocks: lines, bullet items, pipe tables; drops a table of contents and frees run-in headings.</summary>
public sealed class PlainTextStructurer
{
    private readonly StructureOptions _options;

    public PlainTextStructurer(StructureOptions? options = null) => _options = options ?? StructureOptions.Default;

    /// <summary>Replaces every <see cref="SourcePlainText"/> among <paramref name="blocks"/> by the blocks its lines split into.</summary>
    public IReadOnlyList<SourceBlock> Expand(IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (!blocks.Any(b => b is SourcePlainText)) return blocks;
        var expanded = new List<SourceBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is SourcePlainText plain) expanded.AddRange(Split(plain.Text));
            else expanded.Add(block);
        }
        return expanded;
    }

    public IReadOnlyList<SourceBlock> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        // Table rows are grouped first; they are kept out of the heading logic as null lines.
        var lines = new List<string?>(raw.Length);
        var tables = new Dictionary<int, SourceTable>();
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].Trim();
            if (!PipeTableParser.IsRow(line))
            {
                if (line.Length > 0) lines.Add(line);
                continue;
            }
            var rows = new List<string>();
            while (i < raw.Length && PipeTableParser.IsRow(raw[i].Trim())) rows.Add(raw[i++].Trim());
            i--;
            tables[lines.Count] = PipeTableParser.Parse(rows);
            lines.Add(null);
        }

        var contents = new TableOfContentsDetector(_options).Extract(lines);
        var splitter = new RunInHeadingSplitter(_options, contents);
        var blocks = new List<SourceBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { } line)
            {
                blocks.Add(tables[i]);
                continue;
            }
            if (line.Length == 0) continue;
            foreach (var piece in splitter.Split(line))
            {
                if (piece.IsHeading) blocks.Add(new SourceHeading(piece.Text, null));
                else if (ListMarker.TryStrip(piece.Text, out var item)) blocks.Add(new SourceParagraph(item, IsListItem: true));
                else blocks.Add(new SourceParagraph(piece.Text));
            }
        }
        return blocks;
    }
}
