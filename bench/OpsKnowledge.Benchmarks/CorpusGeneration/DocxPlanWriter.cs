using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Renders an assembled plan as a Word document the way consultants write them: Title and Heading 1/2 styles, body paragraphs, bordered tables.</summary>
public static class DocxPlanWriter
{
    public static byte[] Write(IReadOnlyList<PlanBlock> blocks, bool numberedHeadings)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document(Body(blocks, numberedHeadings));
        }
        return buffer.ToArray();
    }

    private static Body Body(IReadOnlyList<PlanBlock> blocks, bool numberedHeadings)
    {
        var body = new Body();
        var chapter = 0;
        var section = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PlanHeading { Level: 0 } title:
                    body.Append(Styled("Title", title.Text));
                    break;
                case PlanHeading { Level: 1 } heading:
                    chapter++;
                    section = 0;
                    // Half the plans type their numbers into the heading, half leave numbering to the style, as real documents do.
                    body.Append(Styled("Heading1", numberedHeadings ? $"{PlanRenderer.Cn(chapter)}、{heading.Text}" : heading.Text));
                    break;
                case PlanHeading heading:
                    section++;
                    body.Append(Styled("Heading2", numberedHeadings ? $"（{PlanRenderer.Cn(section)}）{heading.Text}" : heading.Text));
                    break;
                case PlanParagraph paragraph:
                    body.Append(Styled("Normal", paragraph.Text));
                    break;
                case PlanTable table:
                    body.Append(Table(table));
                    body.Append(new Paragraph());
                    break;
            }
        }
        return body;
    }

    private static Table Table(PlanTable table)
    {
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var columns = table.Rows.Max(r => r.Count);
        var result = new Table(
            new TableProperties(border(), new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < columns; c++)
            {
                var text = c < table.Rows[r].Count ? table.Rows[r][c] : "";
                var run = new Run();
                if (r == 0) run.Append(new RunProperties(new Bold()));
                run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                row.Append(new TableCell(new Paragraph(run)));
            }
            result.Append(row);
        }
        return result;
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Styles Styles()
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Bold(), new FontSize { Val = "40" })) { Type = StyleValues.Paragraph, StyleId = "Title" });
        for (var level = 1; level <= 2; level++)
        {
            styles.Append(new Style(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = level == 1 ? "32" : "28" })) { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }
        return styles;
    }
}
