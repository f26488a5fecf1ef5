using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;
using DocumentFormat.OpenXml.Wordprocessing;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Html;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>
/// Turns a Word document into source blocks: headings from styles and outline levels, automatic numbering rendered as shown,
/// tables with gridSpan/vMerge spans (never merges inferred from equal text), text-box text after its anchor paragraph,
/// and footnotes kept out of the body in a trailing "脚注" section.
/// </summary>
public sealed class DocxBlockExtractor : IOoxmlBlockExtractor<WordprocessingDocument, DocxContent>
{
    public OoxmlFormat Format => OoxmlFormat.Docx;

    public WordprocessingDocument Open(Stream stream) => WordprocessingDocument.Open(stream, false);

    public string WhyEmpty(WordprocessingDocument package) => package.MainDocumentPart?.Document?.Body is null ? $"{Format.NotAZip} (no Word document part)" : "no text in the document";

    /// <summary>The heading of the trailing section that holds footnotes.</summary>
    public const string FootnoteSectionTitle = "脚注";

    DocxContent IOoxmlBlockExtractor<WordprocessingDocument, DocxContent>.Extract(WordprocessingDocument package, CancellationToken cancellationToken) => Extract(package);

    public DocxContent Extract(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null) return new DocxContent(null, [], 0);

        var walk = new Walk(new DocxStyles(main.StyleDefinitionsPart), new DocxNumbering(main.NumberingDefinitionsPart));
        walk.Container(body);

        var blocks = walk.Blocks;
        var footnotes = Footnotes(main.FootnotesPart, walk.FootnoteOrder);
        if (footnotes.Count > 0)
        {
            blocks.Add(new SourceHeading(FootnoteSectionTitle, 1));
            blocks.AddRange(footnotes);
        }
        var title = walk.Title ?? blocks.OfType<SourceHeading>().FirstOrDefault()?.Text;
        return new DocxContent(title, blocks, footnotes.Count);
    }

    /// <summary>Footnotes in the order the body references them, numbered as Word numbers them.</summary>
    private static List<SourceBlock> Footnotes(FootnotesPart? part, List<long> order)
    {
        var result = new List<SourceBlock>();
        if (part?.Footnotes is null) return result;
        var byId = part.Footnotes.Elements<Footnote>().Where(f => f.Id?.Value is > 0).ToDictionary(f => f.Id!.Value);
        var number = 0;
        foreach (var id in order)
        {
            if (!byId.TryGetValue(id, out var note)) continue;
            number++;
            var text = string.Join("", note.Descendants<Paragraph>().Select(p => Walk.RunText(p, null).Trim()));
            if (text.Length > 0) result.Add(new SourceParagraph($"[{number}] {text}") { IsBodyForSure = true });
        }
        return result;
    }

    private sealed class Walk(DocxStyles styles, DocxNumbering numbering)
    {
        public List<SourceBlock> Blocks { get; } = [];

        public List<long> FootnoteOrder { get; } = [];

        public string? Title { get; private set; }

        public void Container(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p: Paragraph(p); break;
                    case Table t: Table(t); break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content: Container(content); break;
                    case CustomXmlBlock xml: Container(xml); break;
                }
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            var boxes = new List<TextBoxContent>();
            var text = RunText(paragraph, boxes, FootnoteOrder).Trim();
            var props = paragraph.ParagraphProperties;
            var styleId = props?.ParagraphStyleId?.Val?.Value;
            var level = styles.HeadingLevel(styleId);
            if (props?.OutlineLevel?.Val?.Value is { } outline) level = outline < 9 ? outline + 1 : null;

            // Numbering: the paragraph's own numPr, else its style's (heading styles linked to a list).
            var own = props?.NumberingProperties;
            var fromStyle = styles.Numbering(styleId);
            var numId = own?.NumberingId?.Val?.Value ?? fromStyle?.NumId;
            var ilvl = own?.NumberingLevelReference?.Val?.Value ?? fromStyle?.Level ?? 0;
            var label = numId is { } id && text.Length > 0 ? numbering.Next(id, ilvl) : null;
            var shown = (label ?? "") + text;

            if (shown.Length > 0)
            {
                if (styles.IsTitle(styleId))
                {
                    Title ??= shown;
                    Blocks.Add(new SourceParagraph(shown));
                }
                else if (level is { } l) Blocks.Add(new SourceHeading(shown, l));
                else Blocks.Add(new SourceParagraph(shown, IsListItem: label is not null));
            }

            // Text boxes float beside their anchor paragraph: their text follows it.
            foreach (var box in boxes) Container(box);
        }

        /// <summary>The visible text of a paragraph's runs; text boxes are collected apart, deleted text and field codes skipped.</summary>
        public static string RunText(OpenXmlElement element, List<TextBoxContent>? boxes, List<long>? footnotes = null)
        {
            var text = new StringBuilder();
            Append(element, text, boxes, footnotes);
            return text.ToString();
        }

        private static void Append(OpenXmlElement element, StringBuilder text, List<TextBoxContent>? boxes, List<long>? footnotes)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case WordText t: text.Append(t.Text); break;
                    case TabChar or PositionalTab: text.Append(' '); break;
                    case Break or CarriageReturn: text.Append(' '); break;
                    case NoBreakHyphen: text.Append('-'); break;
                    case DeletedRun or DeletedText or FieldCode or DeletedFieldCode: break;
                    case FootnoteReference f:
                        if (f.Id?.Value is { } fid) footnotes?.Add(fid);
                        break;
                    case TextBoxContent box:
                        boxes?.Add(box);
                        break;
                    case AlternateContentFallback:
                        break; // the Choice holds the same content; reading both would double text boxes
                    case ParagraphProperties or RunProperties:
                        break;
                    default:
                        Append(child, text, boxes, footnotes);
                        break;
                }
            }
        }

        private void Table(Table table)
        {
            var rows = new List<List<CellBuilder>>();
            var open = new Dictionary<int, CellBuilder>(); // grid column -> cell a vertical merge started in
            var headerRows = 0;
            var leading = true;
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<CellBuilder>();
                var col = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                foreach (var cell in row.Elements<TableCell>())
                {
                    var props = cell.TableCellProperties;
                    var span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
                    var merge = props?.VerticalMerge;
                    // vMerge without a value means "continue"; restart opens a merge; only the markup decides, never equal text.
                    // Raw attribute text: producers write values the SDK's strict enums reject ("true" for on/off).
                    var continues = merge is not null && (merge.Val?.InnerText is null or "" or "continue");
                    if (continues && open.TryGetValue(col, out var origin) && origin.ColSpan == span)
                    {
                        origin.RowSpan++;
                    }
                    else
                    {
                        var builder = new CellBuilder(CellText(cell), span);
                        cells.Add(builder);
                        if (merge is not null) open[col] = builder;
                        else open.Remove(col);
                    }
                    col += span;
                }
                var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } th && th.Val?.InnerText is null or "" or "on" or "true" or "1";
                if (leading && isHeader) headerRows++;
                else leading = false;
                rows.Add(cells);
            }
            if (rows.All(r => r.Count == 0)) return;
            var headerCount = Math.Max(1, headerRows);
            var sourceRows = rows.Select((r, i) => (IReadOnlyList<SourceCell>)r.Select(c => new SourceCell(c.Text, c.RowSpan, c.ColSpan, i < headerCount)).ToList()).ToList();
            Blocks.Add(new SourceTable(sourceRows, Math.Min(headerCount, sourceRows.Count)));
        }

        private static string CellText(TableCell cell)
        {
            var text = new StringBuilder();
            foreach (var paragraph in cell.Descendants<Paragraph>())
            {
                var line = RunText(paragraph, null).Trim();
                if (line.Length == 0) continue;
                if (text.Length > 0 && !(HtmlBlockExtractor.IsCjk(text[^1]) && HtmlBlockExtractor.IsCjk(line[0]))) text.Append(' ');
                text.Append(line);
            }
            return text.ToString();
        }
    }

    private sealed class CellBuilder(string text, int colSpan)
    {
        public string Text { get; } = text;

        public int ColSpan { get; } = colSpan;

        public int RowSpan { get; set; } = 1;
    }
}
