using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;
using DocumentFormat.OpenXml.Presentation;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Html;
using A = DocumentFormat.OpenXml.Drawing;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>
/// Turns a slide deck into source blocks: each slide a section headed by its title (else "幻灯片N"), text boxes as
/// paragraphs, tables as tables with their spans, and speaker notes kept apart in a trailing "演讲者备注" section.
/// </summary>
public sealed class PptxBlockExtractor : IOoxmlBlockExtractor<PresentationDocument, PptxContent>
{
    public OoxmlFormat Format => OoxmlFormat.Pptx;

    public PresentationDocument Open(Stream stream) => PresentationDocument.Open(stream, false);

    public string WhyEmpty(PresentationDocument package) => package.PresentationPart is null ? $"{Format.NotAZip} (no presentation part)" : "no slides in the deck";

    /// <summary>The heading of the trailing section that holds speaker notes.</summary>
    public const string NotesSectionTitle = "演讲者备注";

    public PptxContent Extract(PresentationDocument document, CancellationToken cancellationToken = default)
    {
        var presentation = document.PresentationPart;
        var slideIds = presentation?.Presentation?.SlideIdList?.Elements<SlideId>().ToList();
        if (presentation is null || slideIds is null) return new PptxContent(null, [], 0, 0);

        var blocks = new List<SourceBlock>();
        var notes = new List<SourceBlock>();
        string? deckTitle = null;
        var number = 0;
        foreach (var slideId in slideIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (slideId.RelationshipId?.Value is not { } rid || presentation.GetPartById(rid) is not SlidePart part || part.Slide is null) continue;
            number++;
            var shapes = new Slide(number);
            if (part.Slide.CommonSlideData?.ShapeTree is { } tree) shapes.Container(tree);
            shapes.FindTitleWithoutPlaceholder();
            // Not "第N页": the repair stage takes page-number lines for furniture.
            var heading = shapes.Title ?? $"幻灯片{number}";
            deckTitle ??= shapes.Title;
            // Slides are sections of their own: the deck's level, never nested by the numbering in their titles.
            blocks.Add(new SourceHeading(heading, 1) { Page = number });
            blocks.AddRange(shapes.Blocks);

            var noteText = NotesText(part.NotesSlidePart);
            if (noteText.Length > 0) notes.Add(new SourceParagraph($"[第{number}页 {heading}] {noteText}") { IsBodyForSure = true, Page = number });
        }
        if (notes.Count > 0)
        {
            blocks.Add(new SourceHeading(NotesSectionTitle, 1));
            blocks.AddRange(notes);
        }
        var title = document.PackageProperties.Title is { Length: > 0 } t ? t.Trim() : deckTitle;
        return new PptxContent(title, blocks, number, notes.Count);
    }

    /// <summary>The text of the notes page's body placeholder (the slide image and page number are not notes).</summary>
    private static string NotesText(NotesSlidePart? part)
    {
        var tree = part?.NotesSlide?.CommonSlideData?.ShapeTree;
        if (tree is null) return "";
        var lines = new List<string>();
        foreach (var shape in tree.Descendants<Shape>())
        {
            var type = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.InnerText;
            // The body placeholder holds the notes; producers without placeholders write a plain text box.
            if (type is "sldNum" or "hdr" or "ftr" or "dt" or "sldImg" || (type is not null && type is not "body") || shape.TextBody is null) continue;
            lines.AddRange(shape.TextBody.Elements<A.Paragraph>().Select(ParagraphText).Where(l => l.Length > 0));
        }
        return string.Join(" ", lines);
    }

    /// <summary>A paragraph's visible text: runs, fields and line breaks.</summary>
    private static string ParagraphText(A.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case A.Run run: text.Append(run.Text?.Text); break;
                case A.Field field: text.Append(field.Text?.Text); break;
                case A.Break: text.Append(' '); break;
            }
        }
        return text.ToString().Trim();
    }

    private sealed class Slide(int number)
    {
        public List<SourceBlock> Blocks { get; } = [];

        public string? Title { get; private set; }

        /// <summary>Where each text box's first paragraph block is, with its top edge (EMU), for decks without title placeholders.</summary>
        private readonly List<(int Block, long Top, int Lines)> _boxes = [];

        /// <summary>Decks made without a title placeholder: a single short line above every other text box is the title.</summary>
        public void FindTitleWithoutPlaceholder()
        {
            if (Title is not null || _boxes.Count == 0) return;
            var top = _boxes.MinBy(b => b.Top);
            if (top.Lines != 1 || _boxes.Count(b => b.Top == top.Top) > 1 || Blocks[top.Block] is not SourceParagraph { Text.Length: <= 40 } line) return;
            if (line.Text[^1] is '。' or '；' or '，') return;
            Title = line.Text;
            Blocks.RemoveAt(top.Block);
        }

        public void Container(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Shape shape: Shape(shape); break;
                    case GraphicFrame frame when frame.Graphic?.GraphicData?.GetFirstChild<A.Table>() is { } table: Table(table); break;
                    case GroupShape group: Container(group); break;
                }
            }
        }

        private void Shape(Shape shape)
        {
            var body = shape.TextBody;
            if (body is null) return;
            var lines = body.Elements<A.Paragraph>().Select(ParagraphText).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0) return;
            var type = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.InnerText;
            if (type is "title" or "ctrTitle" && Title is null)
            {
                Title = string.Join(" ", lines);
                return;
            }
            // Slide numbers, dates and footers repeat on every slide: furniture, not content.
            if (type is "sldNum" or "dt" or "ftr" or "hdr") return;
            if (type is null && shape.ShapeProperties?.Transform2D?.Offset?.Y?.Value is { } y) _boxes.Add((Blocks.Count, y, lines.Count));
            var isList = type is "body" or "obj" || body.Elements<A.Paragraph>().Any(p => p.ParagraphProperties?.GetFirstChild<A.CharacterBullet>() is not null || p.ParagraphProperties?.GetFirstChild<A.AutoNumberedBullet>() is not null);
            foreach (var line in lines) Blocks.Add(new SourceParagraph(line, IsListItem: isList) { IsBodyForSure = true, Page = number });
        }

        private void Table(A.Table table)
        {
            var rows = new List<IReadOnlyList<SourceCell>>();
            var index = 0;
            foreach (var row in table.Elements<A.TableRow>())
            {
                var cells = new List<SourceCell>();
                foreach (var cell in row.Elements<A.TableCell>())
                {
                    // Positions covered by a merge carry hMerge/vMerge; the origin cell carries gridSpan/rowSpan.
                    if (cell.HorizontalMerge?.Value == true || cell.VerticalMerge?.Value == true) continue;
                    var text = new StringBuilder();
                    foreach (var line in cell.TextBody?.Elements<A.Paragraph>().Select(ParagraphText).Where(l => l.Length > 0) ?? [])
                    {
                        if (text.Length > 0 && !(HtmlBlockExtractor.IsCjk(text[^1]) && HtmlBlockExtractor.IsCjk(line[0]))) text.Append(' ');
                        text.Append(line);
                    }
                    cells.Add(new SourceCell(text.ToString(), Math.Max(1, cell.RowSpan?.Value ?? 1), Math.Max(1, cell.GridSpan?.Value ?? 1), index == 0));
                }
                rows.Add(cells);
                index++;
            }
            if (rows.All(r => r.Count == 0)) return;
            Blocks.Add(new SourceTable(rows, 1) { Page = number });
        }
    }
}
