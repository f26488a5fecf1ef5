using System.Text;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Web.Tests.Reliability;

/// <summary>Documents built in memory at the sizes that once stalled the server: 100,000 paragraphs, a 10,000 × 50 table.</summary>
public static class HeavyDocuments
{
    public const string Paragraphs = "many-paragraphs.txt";
    public const string WideTable = "wide-table.md";

    public static Document ManyParagraphs(int count = 100_000)
    {
        var text = new StringBuilder();
        var blocks = new List<Block>(count);
        var sections = new List<Section>();
        for (var i = 0; i < count; i++)
        {
            if (i % 1_000 == 0)
            {
                var heading = $"第{i / 1_000 + 1}节";
                var start = text.Length;
                text.Append(heading).Append('\n');
                sections.Add(new Section
                {
                    Index = sections.Count,
                    Level = 1,
                    Title = heading,
                    Path = [heading],
                    HeadingSpan = new TextSpan(start, start + heading.Length),
                    Span = new TextSpan(start, start + heading.Length),
                });
            }
            var paragraph = $"第{i}段：客户满意度保持稳定。";
            var at = text.Length;
            text.Append(paragraph).Append('\n');
            blocks.Add(new Paragraph { Text = paragraph, Span = new TextSpan(at, at + paragraph.Length), SectionIndex = sections.Count - 1 });
        }
        return Build(Paragraphs, "txt", text.ToString(), sections, blocks);
    }

    public static Document Table(int rows = 10_000, int cols = 50)
    {
        var text = new StringBuilder();
        var grid = new List<IReadOnlyList<TableCell>>(rows);
        for (var r = 0; r < rows; r++)
        {
            var row = new List<TableCell>(cols);
            for (var c = 0; c < cols; c++)
            {
                var cell = r == 0 ? $"列{c}" : $"{r}.{c}";
                var at = text.Length;
                text.Append(cell).Append('\t');
                row.Add(new TableCell { Row = r, Col = c, Text = cell, Span = new TextSpan(at, at + cell.Length), IsHeader = r == 0 });
            }
            text.Append('\n');
            grid.Add(row);
        }
        var table = new Table { Index = 0, Rows = grid, Span = new TextSpan(0, text.Length) };
        return Build(WideTable, "md", text.ToString(), [], [table]);
    }

    private static Document Build(string id, string format, string text, IReadOnlyList<Section> sections, IReadOnlyList<Block> blocks) => new()
    {
        Id = id,
        SourcePath = "/srv/secret-share/" + id,
        Format = format,
        OriginalText = text,
        Text = text,
        Repair = RepairReport.None,
        Sections = sections,
        Blocks = blocks,
        ContentHash = id,
    };
}
