using System.Text;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.TestKit.Documents;

/// <summary>Builds a Document the way the structure stage would: headings as "number title" lines, paragraphs as lines, tables as "| a | b |" rows, spans over the assembled text.</summary>
public sealed class TestDocumentBuilder
{
    private static readonly Regex HeadingLine = new(@"^(?<number>\d+(?:\.\d+)*)\.?\s+(?<title>[^。，,；]{1,40})$");

    private readonly string id;
    private readonly StringBuilder text = new();
    private readonly List<Section> sections = [];
    private readonly List<Block> blocks = [];
    private readonly List<(int Index, int Level)> open = [];
    private int tableCount;

    public TestDocumentBuilder(string id = "test.txt") => this.id = id;

    /// <summary>Reads plain text: numbered short lines are headings, pipe lines tables, other lines paragraphs ("- " marks list items).</summary>
    public static Document FromPlainText(string plain, string id = "test.txt")
    {
        var builder = new TestDocumentBuilder(id);
        var lines = plain.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('|'))
            {
                var rows = new List<string[]>();
                for (; i < lines.Length && lines[i].Trim().StartsWith('|'); i++)
                {
                    var row = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                    if (row.All(c => Regex.IsMatch(c, @"^:?-{2,}:?$"))) continue;
                    rows.Add(row);
                }
                i--;
                builder.Table(rows.ToArray());
                continue;
            }
            var heading = HeadingLine.Match(line);
            if (heading.Success)
            {
                builder.Heading(heading.Groups["number"].Value, heading.Groups["title"].Value);
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal)) builder.Paragraph(line[2..], isListItem: true);
            else builder.Paragraph(line);
        }
        return builder.Build();
    }

    public TestDocumentBuilder Heading(string number, string title)
    {
        var level = number.Split('.').Length;
        while (open.Count > 0 && open[^1].Level >= level) Close();
        var start = text.Length;
        text.Append(number).Append(' ').Append(title).Append('\n');
        var parent = open.Count > 0 ? open[^1].Index : (int?)null;
        var path = (parent is null ? [] : sections[parent.Value].Path).Append($"{number} {title}").ToList();
        sections.Add(new Section
        {
            Index = sections.Count,
            ParentIndex = parent,
            Level = level,
            Number = number,
            Title = title,
            Path = path,
            HeadingSpan = new TextSpan(start, start + number.Length + 1 + title.Length),
            Span = new TextSpan(start, start),
        });
        open.Add((sections.Count - 1, level));
        return this;
    }

    public TestDocumentBuilder Paragraph(string paragraph, bool isListItem = false)
    {
        var start = text.Length;
        text.Append(paragraph).Append('\n');
        blocks.Add(new Paragraph { Text = paragraph, Span = new TextSpan(start, start + paragraph.Length), SectionIndex = Current, IsListItem = isListItem });
        return this;
    }

    /// <summary>A table whose first row is the header.</summary>
    public TestDocumentBuilder Table(params string[][] rows)
    {
        var start = text.Length;
        var grid = new List<IReadOnlyList<TableCell>>();
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new List<TableCell>();
            text.Append('|');
            for (var c = 0; c < rows[r].Length; c++)
            {
                text.Append(' ');
                var cellStart = text.Length;
                text.Append(rows[r][c]);
                cells.Add(new TableCell { Row = r, Col = c, Text = rows[r][c], Span = new TextSpan(cellStart, text.Length), IsHeader = r == 0 });
                text.Append(" |");
            }
            text.Append('\n');
            grid.Add(cells);
        }
        blocks.Add(new Table { Index = tableCount++, Rows = grid, Span = new TextSpan(start, text.Length), SectionIndex = Current });
        return this;
    }

    public Document Build()
    {
        while (open.Count > 0) Close();
        var full = text.ToString();
        return new Document
        {
            Id = id,
            SourcePath = id,
            Format = "txt",
            OriginalText = full,
            Text = full,
            Repair = RepairReport.None,
            Sections = sections.ToList(),
            Blocks = blocks.ToList(),
        };
    }

    private int? Current => open.Count > 0 ? open[^1].Index : null;

    private void Close()
    {
        var (index, _) = open[^1];
        open.RemoveAt(open.Count - 1);
        sections[index] = sections[index] with { Span = new TextSpan(sections[index].Span.Start, text.Length) };
    }
}
