using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Markdown;

/// <summary>Walks a Markdig syntax tree into source blocks: headings with their level, paragraphs, flattened list items, tables; emphasis becomes plain text.</summary>
internal static partial class MarkdownBlockReader
{
    // Chinese text puts emphasis right against punctuation ("**95%**以上"), which plain CommonMark leaves as asterisks.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().UseCjkFriendlyEmphasis().Build();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    public static List<SourceBlock> Read(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var blocks = new List<SourceBlock>();
        foreach (var block in document) Add(blocks, block, inList: false);
        return blocks;
    }

    private static void Add(List<SourceBlock> blocks, Block block, bool inList)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new SourceHeading(InlineText(heading.Inline), heading.Level));
                break;
            case Markdig.Extensions.Tables.Table table:
                blocks.Add(ToSourceTable(table));
                break;
            case ParagraphBlock paragraph:
                var text = InlineText(paragraph.Inline);
                if (!inList && text.Split('\n').All(line => line.TrimStart().StartsWith('|')))
                {
                    // Pipe rows without a separator line are no Markdown table; the plain-text structure still sees one.
                    blocks.Add(new SourcePlainText(text));
                }
                else if (text.Trim().Length > 0)
                {
                    blocks.Add(new SourceParagraph(text, IsListItem: inList));
                }
                break;
            case ListBlock list:
                foreach (var item in list) Add(blocks, item, inList: true);
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    var content = line.Slice.ToString().Trim();
                    if (content.Length > 0) blocks.Add(new SourceParagraph(content) { IsBodyForSure = true });
                }
                break;
            case HtmlBlock html:
                foreach (var line in html.Lines.Lines.Take(html.Lines.Count))
                {
                    var content = System.Net.WebUtility.HtmlDecode(Tag().Replace(line.Slice.ToString(), "")).Trim();
                    if (content.Length > 0) blocks.Add(new SourceParagraph(content) { IsBodyForSure = true });
                }
                break;
            case ContainerBlock container:
                foreach (var child in container) Add(blocks, child, inList);
                break;
        }
    }

    private static SourceTable ToSourceTable(Markdig.Extensions.Tables.Table table)
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        var headerRows = 0;
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader && headerRows == rows.Count) headerRows++;
            var cells = new List<SourceCell>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var text = string.Join(" ", cell.OfType<LeafBlock>().Select(leaf => leaf.Inline is null ? "" : InlineText(leaf.Inline)));
                cells.Add(new SourceCell(text.Trim(), cell.RowSpan, cell.ColumnSpan, row.IsHeader));
            }
            rows.Add(cells);
        }
        return new SourceTable(rows, headerRows);
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container) Append(builder, child);
                break;
        }
    }
}
