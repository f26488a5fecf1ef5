using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Html;

/// <summary>
/// Turns a page into source blocks of its main content: headings, paragraphs, list items and tables, in document order,
/// with navigation, ads, forms, comment boxes and related-document lists left out.
/// </summary>
public sealed class HtmlBlockExtractor
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "span", "b", "strong", "em", "i", "u", "font", "small", "big", "sub", "sup", "label", "abbr", "code", "mark",
        "s", "strike", "del", "ins", "q", "cite", "time", "var", "kbd", "samp", "tt", "nobr", "wbr", "o:p",
    };

    public HtmlContent Extract(string html)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var document = parser.ParseDocument(html);
        return Extract(document);
    }

    public HtmlContent Extract(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null) return new HtmlContent(null, [], 0);

        var walk = new Walk(TextLength(body));
        walk.Element(body);
        var title = FirstHeading(walk.Blocks) ?? PageTitle(document.Title);
        return new HtmlContent(title, walk.Blocks, walk.Removed);
    }

    private static string? FirstHeading(List<SourceBlock> blocks) =>
        blocks.OfType<SourceHeading>().FirstOrDefault(h => h.Level == 1)?.Text;

    /// <summary>"方案名 - 站点名 - 免费下载" keeps only the document's own name.</summary>
    private static string? PageTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var cut = title.IndexOfAny(['|', '_']);
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (cut < 0 || dash < cut)) cut = dash;
        return (cut > 0 ? title[..cut] : title).Trim();
    }

    private static int TextLength(INode node)
    {
        var n = 0;
        foreach (var c in node.TextContent)
        {
            if (!char.IsWhiteSpace(c)) n++;
        }
        return n;
    }

    private static int LinkTextLength(IElement element)
    {
        var n = 0;
        foreach (var link in element.QuerySelectorAll("a")) n += TextLength(link);
        return n;
    }

    /// <summary>Stands for a br: source newlines are only white space, a br ends a paragraph.</summary>
    private const char LineBreak = '\u2028';

    private sealed class Walk(int pageTextLength)
    {
        public List<SourceBlock> Blocks { get; } = [];

        public int Removed { get; private set; }

        public void Element(IElement element)
        {
            if (IsFurniture(element))
            {
                Removed++;
                return;
            }

            var name = element.LocalName;
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var heading = InlineText(element).Trim();
                    if (heading.Length > 0) Blocks.Add(new SourceHeading(Collapse(heading), name[1] - '0'));
                    return;
                case "p":
                    AddParagraphs(InlineText(element), isListItem: false);
                    return;
                case "pre":
                    foreach (var line in element.TextContent.Split('\n')) AddParagraph(line, false);
                    return;
                case "ul" or "ol":
                    List(element);
                    return;
                case "table":
                    if (element.QuerySelector("table") is not null) break; // a layout table: walk its cells as containers
                    Table((IHtmlTableElement)element);
                    return;
            }
            Container(element);
        }

        /// <summary>Mixed content: runs of inline text become paragraphs (split at br), block children are walked.</summary>
        private void Container(IElement element)
        {
            var inline = new StringBuilder();
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement e && !InlineTags.Contains(e.LocalName) && e.LocalName != "br")
                {
                    AddParagraphs(inline.ToString(), false);
                    inline.Clear();
                    Element(e);
                }
                else
                {
                    AppendInline(child, inline);
                }
            }
            AddParagraphs(inline.ToString(), false);
        }

        private void List(IElement list)
        {
            foreach (var item in list.Children)
            {
                if (item.LocalName != "li")
                {
                    Element(item);
                    continue;
                }
                if (IsFurniture(item))
                {
                    Removed++;
                    continue;
                }
                var text = new StringBuilder();
                var nested = new List<IElement>();
                foreach (var child in item.ChildNodes)
                {
                    if (child is IElement e && e.LocalName is "ul" or "ol" or "table" or "div" or "p") nested.Add(e);
                    else AppendInline(child, text);
                }
                AddParagraph(text.ToString(), isListItem: true);
                foreach (var e in nested)
                {
                    if (e.LocalName is "p" or "div") AddParagraphs(InlineText(e), isListItem: true);
                    else Element(e);
                }
            }
        }

        private void Table(IHtmlTableElement table)
        {
            var rows = new List<IReadOnlyList<SourceCell>>();
            var headerRows = 0;
            var leadingAllTh = true;
            var theadRows = 0;
            foreach (var row in table.Rows)
            {
                var cells = new List<SourceCell>();
                var allTh = row.Cells.Length > 0;
                foreach (var cell in row.Cells)
                {
                    var isTh = cell.LocalName == "th";
                    allTh &= isTh;
                    // rowspan="0" means "to the end of the section"; clamp absurd spans from broken pages.
                    var rowSpan = Math.Clamp(cell.RowSpan <= 0 ? 1 : cell.RowSpan, 1, 1000);
                    var colSpan = Math.Clamp(cell.ColumnSpan <= 0 ? 1 : cell.ColumnSpan, 1, 1000);
                    cells.Add(new SourceCell(Collapse(CellText(cell)), rowSpan, colSpan, isTh || row.ParentElement?.LocalName == "thead"));
                }
                if (row.ParentElement?.LocalName == "thead") theadRows++;
                if (leadingAllTh && allTh) headerRows++;
                else leadingAllTh = false;
                if (cells.Count > 0) rows.Add(cells);
            }
            if (rows.Count == 0) return;
            // Plans put the column names in the first row even when the page uses td for it.
            var headerRowCount = Math.Max(theadRows, headerRows);
            if (headerRowCount == 0) headerRowCount = 1;
            var caption = table.Caption is { } c ? Collapse(c.TextContent) : null;
            Blocks.Add(new SourceTable(rows, Math.Min(headerRowCount, rows.Count)) { Caption = string.IsNullOrEmpty(caption) ? null : caption });
        }

        private static string CellText(IElement cell)
        {
            var text = new StringBuilder();
            foreach (var child in cell.ChildNodes)
            {
                if (child is IElement e && !InlineTags.Contains(e.LocalName) && e.LocalName != "br")
                {
                    if (text.Length > 0) text.Append(' ');
                    AppendInline(e, text);
                    text.Append(' ');
                }
                else AppendInline(child, text);
            }
            return text.ToString().Replace(LineBreak, ' ');
        }

        private bool IsFurniture(IElement element)
        {
            var name = element.LocalName;
            if (FurnitureHints.IsDroppedTag(name)) return true;
            if (element.HasAttribute("hidden")) return true;
            var style = element.GetAttribute("style");
            if (style is not null && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
            if (name is "body" or "html") return false;

            var length = TextLength(element);
            // Guard: a container holding most of the page is the content, whatever its class says.
            var mostOfPage = pageTextLength > 0 && length * 2 > pageTextLength;
            if (!mostOfPage && FurnitureHints.HasFurnitureToken(element.GetAttribute("class"), element.Id)) return true;
            if (name == "header" && element.QuerySelector("h1,h2,h3") is null) return true;

            // Link lists (menus, "related documents", "hot downloads") without telling class names: mostly link text.
            if (length > 0 && !mostOfPage && name is "div" or "section" or "ul" or "ol" or "p" or "table" or "dl")
            {
                var links = element.QuerySelectorAll("a").Length;
                if (links >= (name == "p" ? 2 : 3) && LinkTextLength(element) * 2 > length) return true;
            }
            return false;
        }

        private static string InlineText(IElement element)
        {
            var text = new StringBuilder();
            foreach (var child in element.ChildNodes) AppendInline(child, text);
            return text.ToString();
        }

        private static void AppendInline(INode node, StringBuilder text)
        {
            switch (node)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when e.LocalName == "br":
                    text.Append(LineBreak);
                    break;
                case IElement e when FurnitureHints.IsDroppedTag(e.LocalName):
                    break;
                case IElement e:
                    foreach (var child in e.ChildNodes) AppendInline(child, text);
                    break;
            }
        }

        private void AddParagraphs(string text, bool isListItem)
        {
            foreach (var line in text.Split(LineBreak)) AddParagraph(line, isListItem);
        }

        private void AddParagraph(string text, bool isListItem)
        {
            var collapsed = Collapse(text);
            if (collapsed.Length > 0) Blocks.Add(new SourceParagraph(collapsed, isListItem));
        }
    }

    /// <summary>
    /// Collapses HTML white space to one space, except that a source line break between two Chinese characters is dropped
    /// (editors wrap Chinese text anywhere); full-width spaces (U+3000) are content and kept.
    /// </summary>
    internal static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pending = false;
        var pendingHasNewline = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or LineBreak)
            {
                pending = result.Length > 0;
                pendingHasNewline |= c is '\n' or '\r' or LineBreak;
                continue;
            }
            if (pending && !(pendingHasNewline && IsCjk(c) && IsCjk(result[^1]))) result.Append(' ');
            pending = false;
            pendingHasNewline = false;
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>Chinese characters and full-width punctuation: a source line break between two of them is not a space.</summary>
    internal static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');
}
