using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Writes a plan skeleton as a Word document: real Heading 1–3 styles, bordered tables with a repeating header row, Chinese fonts set for East Asian text.</summary>
public sealed class DocxSkeletonWriter : ISkeletonWriter
{
    // Latin text in a font LibreOffice has metric twins for; East Asian text in SimSun, which Word has and LibreOffice replaces by a CJK font.
    private const string LatinFont = "Arial";
    private const string EastAsianFont = "SimSun";
    private const string HeadingEastAsianFont = "SimHei";

    // A4 with 2 cm side margins: the text block is 9638 twips wide.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int SideMargin = 1134;
    private const int TextWidth = PageWidth - 2 * SideMargin;

    public BootstrapFormat Format => BootstrapFormat.Docx;

    public string Extension => ".docx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public void Write(Stream output, PlanSkeleton skeleton)
    {
        // The package is built in memory: the SDK needs a seekable stream and the output may be a response body.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = skeleton.Title;
            document.PackageProperties.Creator = "OpsKnowledge";
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            main.Document = new Document(Body(skeleton));
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Body Body(PlanSkeleton skeleton)
    {
        var body = new Body();
        body.Append(StyledParagraph("Title", skeleton.Title));
        body.Append(StyledParagraph("SourceNote", $"依据：{string.Join("、", skeleton.Plans)}"));
        for (var i = 0; i < skeleton.Outline.Count; i++)
        {
            var heading = skeleton.Outline[i];
            body.Append(StyledParagraph($"Heading{heading.Level}", heading.Heading));
            body.Append(StyledParagraph("SourceNote", $"参考：{string.Join("；", heading.Sources)}"));
            foreach (var table in skeleton.Tables.Where(t => t.HeadingIndex == i)) AppendTable(body, table);
        }
        var appendix = skeleton.Tables.Where(t => t.HeadingIndex is null).ToList();
        if (appendix.Count > 0)
        {
            body.Append(StyledParagraph("Heading1", skeleton.AppendixTitle));
            foreach (var table in appendix) AppendTable(body, table);
        }
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = 1440, Right = SideMargin, Bottom = 1440, Left = SideMargin, Header = 720, Footer = 720, Gutter = 0 }));
        return body;
    }

    private static void AppendTable(Body body, SkeletonTable table)
    {
        body.Append(StyledParagraph("Caption", $"表：{table.Title}"));
        var widths = ColumnWidths(table);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var properties = new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            // Only the hex form: the first-row/band attributes are not in the Office 2007 schema the validator checks by default.
            new TableLook { Val = "04A0" });
        var wordTable = new Table(properties, grid);
        wordTable.Append(Row(table.Columns, widths, header: true));
        foreach (var row in table.Rows) wordTable.Append(Row(row, widths, header: false));
        body.Append(wordTable);
        // Word merges two adjacent tables into one; an empty paragraph keeps them apart.
        body.Append(new Paragraph());
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < widths.Length; c++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header) cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            var text = c < cells.Count ? cells[c] : "";
            var run = new Run();
            if (header) run.Append(new RunProperties(new Bold()));
            run.Append(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(cellProperties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run)));
        }
        return row;
    }

    /// <summary>Column widths in twips, proportional to the longest text of each column (a Chinese character counting double), filling the text block.</summary>
    private static int[] ColumnWidths(SkeletonTable table)
    {
        var weights = new double[table.Columns.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            var longest = Math.Max(DisplayWidth(table.Columns[c]), table.Rows.Select(r => c < r.Count ? DisplayWidth(r[c]) : 0).DefaultIfEmpty(0).Max());
            weights[c] = Math.Clamp(longest, 4, 30);
        }
        var total = weights.Sum();
        return weights.Select(w => (int)(TextWidth * w / total)).ToArray();
    }

    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text) width += c > 0x2E7F ? 2 : 1;
        return width;
    }

    private static Paragraph StyledParagraph(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(EastAsianFont),
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

        styles.Append(new Style(
            new StyleName { Val = "Title" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 10 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(HeadingEastAsianFont), new Bold(), new FontSize { Val = "40" }, new FontSizeComplexScript { Val = "40" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" });

        int[] sizes = [32, 28, 24];
        for (var level = 1; level <= 3; level++)
        {
            var size = sizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture);
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new UIPriority { Val = 9 },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new KeepNext(),
                    new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
                    new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(Fonts(HeadingEastAsianFont), new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }

        styles.Append(new Style(
            new StyleName { Val = "caption" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 35 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = "Caption" });

        styles.Append(new Style(
            new StyleName { Val = "Source Note" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new StyleRunProperties(new Color { Val = "7F7F7F" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }))
        { Type = StyleValues.Paragraph, StyleId = "SourceNote", CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Table Text" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = "TableText", CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 39 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

        return styles;
    }

    private static RunFonts Fonts(string eastAsian) => new()
    {
        Ascii = LatinFont,
        HighAnsi = LatinFont,
        ComplexScript = LatinFont,
        EastAsia = eastAsian,
        Hint = FontTypeHintValues.EastAsia,
    };
}
