using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Structure.Numbering;
using OpsKnowledge.Structure.Outline;
using OpsKnowledge.Structure.Tables;

namespace OpsKnowledge.Structure;

/// <summary>Turns source blocks (text already repaired) into a <see cref="Document"/>'s structure: linear text, outline, paragraphs and tables with exact spans.</summary>
public sealed class DocumentBuilder
{
    private readonly StructureOptions _options;

    public DocumentBuilder(StructureOptions? options = null) => _options = options ?? StructureOptions.Default;

    /// <summary>
    /// Fills in <paramref name="document"/>'s text, sections and blocks from <paramref name="blocks"/>; its other fields (file,
    /// format, original text, repair report) are kept, and its title, when unknown, comes from the blocks.
    /// </summary>
    public Document Build(Document document, IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(blocks);
        var roles = Classify(blocks, out var titleBlock);

        var text = new StringBuilder();
        var sections = new List<Section>();
        var items = new List<Block>();
        var stack = new OutlineStack();
        var tableIndex = 0;
        int? current = null;
        string? title = document.Title;

        for (var i = 0; i < blocks.Count; i++)
        {
            var role = roles[i];
            switch (blocks[i])
            {
                case SourceTable table:
                    items.Add(AppendTable(text, table, tableIndex++, current));
                    break;
                case var block when role.Heading is { } heading:
                    var markup = (block as SourceHeading)?.Level;
                    var (level, parent) = stack.Place(heading.Style, markup, heading.Number?.Ordinal ?? 0, sections.Count);
                    var headingSpan = AppendLine(text, heading.Line);
                    var parentPath = parent is { } p ? sections[p].Path : [];
                    var number = heading.Number?.Number;
                    sections.Add(new Section
                    {
                        Index = sections.Count,
                        ParentIndex = parent,
                        Level = level,
                        Number = number,
                        Title = heading.Title,
                        Path = [.. parentPath, Section.FormatHeading(number, heading.Title)],
                        HeadingSpan = headingSpan,
                        Span = headingSpan,
                        Page = block.Page,
                    });
                    current = sections.Count - 1;
                    break;
                case SourceHeading heading:
                    // Only the document title lands here; it stays in the text as a plain line.
                    var titleText = LineText.Flatten(heading.Text);
                    if (titleText.Length == 0) break;
                    title ??= titleText;
                    items.Add(new Paragraph { Span = AppendLine(text, titleText), Text = titleText, SectionIndex = current, Page = heading.Page });
                    break;
                case SourceParagraph paragraph:
                    var line = LineText.Flatten(paragraph.Text);
                    if (line.Length == 0) break;
                    if (i == titleBlock) title ??= line;
                    items.Add(new Paragraph
                    {
                        Span = AppendLine(text, line),
                        Text = line,
                        IsListItem = paragraph.IsListItem || role.IsListItem,
                        SectionIndex = current,
                        Page = paragraph.Page,
                    });
                    break;
            }
        }

        var documentText = text.ToString();
        return document with
        {
            Text = documentText,
            Title = title,
            Sections = CloseSpans(sections, documentText.Length),
            Blocks = items,
        };
    }

    private readonly record struct Role(HeadingText? Heading, bool IsListItem);

    /// <summary>Decides for every block whether it is a heading, and which paragraphs are list items by their numbering.</summary>
    private Role[] Classify(IReadOnlyList<SourceBlock> blocks, out int titleBlock)
    {
        var roles = new Role[blocks.Count];
        var candidates = new HeadingText?[blocks.Count];
        titleBlock = -1;
        var topHeading = SingleTopHeading(blocks);

        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case SourceHeading heading when i != topHeading:
                    var flat = LineText.Flatten(heading.Text);
                    if (flat.Length > 0) roles[i] = new Role(HeadingText.From(flat), false);
                    break;
                case SourceParagraph { IsListItem: false, IsBodyForSure: false } paragraph:
                    candidates[i] = HeadingText.From(LineText.Flatten(paragraph.Text));
                    break;
            }
        }

        // A run of adjacent items numbered in the same list-like style, with no body between them, is a list.
        var inList = new bool[blocks.Count];
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (candidates[i]?.Number is { } a && candidates[i + 1]?.Number is { } b
                && (a.Style.IsListLike || a.IsBare) && a.Style == b.Style && b.Ordinal == a.Ordinal + 1)
            {
                inList[i] = inList[i + 1] = true;
            }
        }

        var stack = new OutlineStack();
        var sectionCount = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (roles[i].Heading is { } marked)
            {
                stack.Place(marked.Style, (blocks[i] as SourceHeading)?.Level, marked.Number?.Ordinal ?? 0, sectionCount++);
                continue;
            }
            if (candidates[i] is not { Number: { } number } candidate) continue;
            var listLike = number.Style.IsListLike || number.IsBare;
            var accepted = !inList[i]
                && HeadingCandidate.LooksLikeHeading(candidate, _options)
                && (!listLike || stack.Continues(number.Style, number.Ordinal));
            if (accepted)
            {
                roles[i] = new Role(candidate, false);
                stack.Place(number.Style, null, number.Ordinal, sectionCount++);
            }
            else if (listLike)
            {
                roles[i] = new Role(null, true);
            }
        }

        // With no title given, a short first line before any heading is the title ("技术服务运营执行计划").
        titleBlock = TitleLine.Find(blocks, i => roles[i].Heading is null && !roles[i].IsListItem);
        return roles;
    }

    /// <summary>The index of an opening markup heading that no other heading matches or outranks, or -1.</summary>
    private int SingleTopHeading(IReadOnlyList<SourceBlock> blocks)
    {
        if (!_options.SingleTopHeadingIsTitle || blocks.Count < 2 || blocks[0] is not SourceHeading { Level: { } top }) return -1;
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i] is SourceHeading { Level: { } level } && level <= top) return -1;
        }
        return 0;
    }

    private static Table AppendTable(StringBuilder text, SourceTable source, int index, int? section)
    {
        var start = text.Length;
        var caption = source.Caption is null ? null : LineText.Flatten(source.Caption);
        if (!string.IsNullOrEmpty(caption)) AppendLine(text, caption);
        var grid = TableGrid.Expand(source);
        var rows = new List<IReadOnlyList<TableCell>>(grid.Rows.Length);
        for (var r = 0; r < grid.Rows.Length; r++)
        {
            var cells = new List<TableCell>(grid.Rows[r].Length);
            text.Append('|');
            for (var c = 0; c < grid.Rows[r].Length; c++)
            {
                var slot = grid.Rows[r][c];
                text.Append(' ');
                var cellStart = text.Length;
                // A covered position prints empty so each merged value occurs once in the text.
                if (!slot.IsContinuation) text.Append(slot.Text);
                cells.Add(new TableCell
                {
                    Row = r,
                    Col = c,
                    Text = slot.Text,
                    Span = new TextSpan(cellStart, text.Length),
                    RowSpan = slot.RowSpan,
                    ColSpan = slot.ColSpan,
                    IsHeader = slot.IsHeader,
                    IsMergedContinuation = slot.IsContinuation,
                });
                text.Append(" |");
            }
            text.Append('\n');
            rows.Add(cells);
        }
        var end = text.Length > start && text[^1] == '\n' ? text.Length - 1 : text.Length;
        return new Table
        {
            Index = index,
            Rows = rows,
            HeaderRowCount = Math.Min(source.HeaderRowCount, rows.Count),
            Caption = caption,
            Span = new TextSpan(start, end),
            SectionIndex = section,
            Page = source.Page,
        };
    }

    private static TextSpan AppendLine(StringBuilder text, string line)
    {
        var start = text.Length;
        text.Append(line).Append('\n');
        return new TextSpan(start, start + line.Length);
    }

    /// <summary>A section runs to the next heading of the same or a higher level, or to the end of the text.</summary>
    private static List<Section> CloseSpans(List<Section> sections, int textLength)
    {
        var closed = new List<Section>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var end = textLength;
            for (var j = i + 1; j < sections.Count; j++)
            {
                if (sections[j].Level <= sections[i].Level)
                {
                    end = sections[j].HeadingSpan.Start;
                    break;
                }
            }
            closed.Add(sections[i] with { Span = new TextSpan(sections[i].HeadingSpan.Start, end) });
        }
        return closed;
    }
}
