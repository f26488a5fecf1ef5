using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>Builds a structured <see cref="Document"/> in code, computing text, spans and the outline the way the structure stage would.</summary>
internal sealed class TestDocumentBuilder(string id, string format = "md")
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Level, string? Number, string Title, TextSpan Heading, int? Page)> _headings = [];
    private readonly List<Block> _blocks = [];
    private readonly List<Record> _records = [];
    private string? _title;
    private int _tables;
    private int? _page;

    public TestDocumentBuilder Title(string title)
    {
        _title = title;
        Line(title);
        return this;
    }

    public TestDocumentBuilder Page(int page)
    {
        _page = page;
        return this;
    }

    public TestDocumentBuilder Heading(int level, string number, string title)
    {
        var start = _text.Length;
        Line($"{number} {title}");
        _headings.Add((level, number, title, new TextSpan(start, start + number.Length + 1 + title.Length), _page));
        return this;
    }

    public TestDocumentBuilder Paragraph(string text)
    {
        var start = _text.Length;
        Line(text);
        _blocks.Add(new Paragraph { Text = text, Span = new TextSpan(start, start + text.Length), SectionIndex = CurrentSection, Page = _page });
        return this;
    }

    /// <summary>A table written one row per line, cells separated by tabs; the first row is the header.</summary>
    public TestDocumentBuilder Table(params string[][] rows)
    {
        var start = _text.Length;
        var grid = new List<IReadOnlyList<TableCell>>();
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new List<TableCell>();
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (c > 0) _text.Append('\t');
                var cellStart = _text.Length;
                _text.Append(rows[r][c]);
                cells.Add(new TableCell { Row = r, Col = c, Text = rows[r][c], Span = new TextSpan(cellStart, _text.Length), IsHeader = r == 0 });
            }
            _text.Append('\n');
            grid.Add(cells);
        }
        _blocks.Add(new Table { Index = _tables++, Rows = grid, Span = new TextSpan(start, _text.Length - 1), SectionIndex = CurrentSection, Page = _page });
        return this;
    }

    /// <summary>Adds a record whose evidence is text already written.</summary>
    public TestDocumentBuilder Record(RecordKind kind, string name, string evidence, string? value = null, string? period = null,
        string? canonicalName = null, RecordScope scope = RecordScope.Plan)
    {
        var text = _text.ToString();
        var start = text.IndexOf(evidence, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"evidence not in text: {evidence}");
        _records.Add(new Record
        {
            Id = $"{id}#{kind.ToString().ToLowerInvariant()}-{_records.Count(r => r.Kind == kind) + 1}",
            Kind = kind,
            Doc = id,
            Name = name,
            Details = RecordKinds.Of(kind).EmptyDetails is MeasureDetails measure
                ? measure with { CanonicalName = canonicalName, Value = value }
                : RecordKinds.Of(kind).EmptyDetails,
            Period = period,
            Scope = scope,
            Evidence = evidence,
            Section = CurrentSection is { } s ? PathOf(s) : null,
            Source = new RecordSource { Start = start, End = start + evidence.Length, Page = _page },
        });
        return this;
    }

    public IReadOnlyList<Record> Records => _records;

    public Document Build(string contentHash = "hash-1")
    {
        var text = _text.ToString();
        var sections = new List<Section>();
        var stack = new List<int>();
        for (var i = 0; i < _headings.Count; i++)
        {
            var (level, number, title, heading, page) = _headings[i];
            while (stack.Count > 0 && _headings[stack[^1]].Level >= level) stack.RemoveAt(stack.Count - 1);
            var end = text.Length;
            for (var j = i + 1; j < _headings.Count; j++)
            {
                if (_headings[j].Level <= level)
                {
                    end = _headings[j].Heading.Start;
                    break;
                }
            }
            sections.Add(new Section
            {
                Index = i,
                ParentIndex = stack.Count > 0 ? stack[^1] : null,
                Level = level,
                Number = number,
                Title = title,
                Path = [.. stack.Select(p => $"{_headings[p].Number} {_headings[p].Title}"), $"{number} {title}"],
                HeadingSpan = heading,
                Span = new TextSpan(heading.Start, end),
                Page = page,
            });
            stack.Add(i);
        }

        return new Document
        {
            Id = id,
            SourcePath = $"/plans/{id}",
            Format = format,
            Encoding = format is "txt" or "md" ? "utf-8" : null,
            OriginalText = text,
            Text = text,
            Repair = RepairReport.None,
            Title = _title,
            ContentHash = contentHash,
            Sections = sections,
            Blocks = _blocks,
        };
    }

    private int? CurrentSection => _headings.Count == 0 ? null : _headings.Count - 1;

    private string PathOf(int index)
    {
        var parts = new List<string>();
        var level = int.MaxValue;
        for (var i = index; i >= 0; i--)
        {
            if (_headings[i].Level < level)
            {
                parts.Insert(0, $"{_headings[i].Number} {_headings[i].Title}");
                level = _headings[i].Level;
            }
        }
        return string.Join(" > ", parts);
    }

    private void Line(string text) => _text.Append(text).Append('\n');
}
