// Builds a DOCX that LibreOffice's HTML import cannot produce: automatic heading numbering from numbering.xml
// (chineseCounting "%1、", legal "%1.%2"), a style that only carries an outline level, a direct outline level,
// a numbered body list, a table with gridSpan/vMerge (and equal neighbouring texts that are NOT merged),
// a VML text box and a footnote. Usage: dotnet run --project tools/corpus/DocxFixtureGenerator -- out.docx
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;

var output = args.Length > 0 ? args[0] : "chongdianzhan-yunying-fangan.docx";
using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
var main = package.AddMainDocumentPart();
main.Document = new Document(new Body());
var body = main.Document.Body!;

AddStyles(main);
AddNumbering(main);
AddFootnotes(main);

body.Append(Para("新能源汽车充电站网络运营方案", "Title"));
body.Append(Para("编制：远澄咨询　　委托方：城投绿能科技有限公司"));
body.Append(Heading("项目背景", 1));
body.Append(Para("城投绿能现有公共充电站三十六座、直流快充桩四百二十台，2024年充电量二千八百万千瓦时，单桩日均利用率仅为百分之九点八，低于行业平均水平。", footnoteId: 1));
body.Append(Heading("运营目标", 1));
body.Append(Heading("经营目标", 2));
body.Append(Para("单桩日均利用率提升至百分之十五，全年充电量达到四千二百万千瓦时，充电服务费收入同比增长百分之四十。"));
body.Append(Heading("服务目标", 2));
body.Append(ListItem("充电桩可用率不低于百分之九十八；"));
body.Append(ListItem("故障桩平均修复时间不超过二十四小时；"));
body.Append(ListItem("用户满意度达到九十分以上。"));
body.Append(Heading("重点工作", 1));
body.Append(Heading("站点布局优化", 2));
body.Append(Para("对利用率低于百分之五的站点进行评估，迁移或改造为换电、储能等复合站点。"));
body.Append(OutlineOnly("站点分级标准", "方案三级标题"));
body.Append(Para("按日均充电量将站点分为甲、乙、丙三级，分别配置巡检频次和运维人员。"));
body.Append(Heading("运维体系建设", 2));
body.Append(TextBoxParagraph("运维口号：桩在线、人在岗、车满意"));
body.Append(Para("建立“平台派单、区域响应、厂家支持”三级运维体系，远程诊断覆盖全部直流桩。"));
body.Append(DirectOutline("年度指标分解", 0));
body.Append(KpiTable());
body.Append(Heading("保障措施", 1));
body.Append(Para("公司成立运营提升专班，每月召开经营分析会，对利用率排名后十位的站点实行挂牌督办。"));
body.Append(new SectionProperties());
main.Document.Save();
return 0;

static Paragraph Para(string text, string? style = null, int? footnoteId = null)
{
    var p = new Paragraph();
    if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
    p.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    if (footnoteId is { } id)
    {
        p.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            new FootnoteReference { Id = id }));
    }
    return p;
}

static Paragraph Heading(string text, int level) => Para(text, $"Heading{level}");

// A custom style whose only heading signal is its outline level (no "Heading" in its name).
static Paragraph OutlineOnly(string text, string style) => Para(text, style);

// A normal paragraph with a direct outline level in its own properties.
static Paragraph DirectOutline(string text, int outlineLevel)
{
    var p = new Paragraph(new ParagraphProperties(new OutlineLevel { Val = outlineLevel }));
    p.Append(new Run(new Text(text)));
    return p;
}

static Paragraph ListItem(string text)
{
    var p = new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 })));
    p.Append(new Run(new Text(text)));
    return p;
}

static Paragraph TextBoxParagraph(string text)
{
    var textBox = new V.TextBox(new TextBoxContent(new Paragraph(new Run(new Text(text)))));
    var shape = new V.Shape(textBox) { Id = "tb1", Style = "width:200pt;height:40pt", Type = "#_x0000_t202" };
    return new Paragraph(new Run(new Picture(shape)));
}

static Table KpiTable()
{
    var table = new Table(new TableProperties(
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
        new TableGrid(new GridColumn(), new GridColumn(), new GridColumn(), new GridColumn()));
    table.Append(Row(true, Cell("类别", vMerge: MergedCellValues.Restart), Cell("指标", vMerge: MergedCellValues.Restart), Cell("目标值", span: 2)));
    table.Append(Row(true, Cell("", vMerge: MergedCellValues.Continue), Cell("", vMerge: MergedCellValues.Continue), Cell("上半年"), Cell("全年")));
    table.Append(Row(false, Cell("经营", vMerge: MergedCellValues.Restart), Cell("单桩日均利用率"), Cell("12%"), Cell("15%")));
    table.Append(Row(false, Cell("", vMerge: MergedCellValues.Continue), Cell("充电量"), Cell("1800万千瓦时"), Cell("4200万千瓦时")));
    // Equal texts side by side that are two separate cells: a reader must not merge them.
    table.Append(Row(false, Cell("服务"), Cell("充电桩可用率"), Cell("98%"), Cell("98%")));
    return table;
}

static TableRow Row(bool header, params TableCell[] cells)
{
    var row = new TableRow();
    if (header) row.Append(new TableRowProperties(new TableHeader()));
    row.Append(cells);
    return row;
}

static TableCell Cell(string text, int span = 1, MergedCellValues? vMerge = null)
{
    var props = new TableCellProperties();
    if (span > 1) props.Append(new GridSpan { Val = span });
    if (vMerge is { } merge) props.Append(new VerticalMerge { Val = merge });
    return new TableCell(props, new Paragraph(new Run(new Text(text))));
}

static void AddStyles(MainDocumentPart main)
{
    var part = main.AddNewPart<StyleDefinitionsPart>();
    var styles = new Styles();
    styles.Append(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    styles.Append(new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" },
        new StyleRunProperties(new Bold(), new FontSize { Val = "36" })) { Type = StyleValues.Paragraph, StyleId = "Title" });
    for (var level = 1; level <= 2; level++)
    {
        styles.Append(new Style(
            new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = 1 }),
                new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = level == 1 ? "32" : "28" }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
    }
    styles.Append(new Style(new StyleName { Val = "方案三级标题" }, new BasedOn { Val = "Normal" },
        new StyleParagraphProperties(new OutlineLevel { Val = 2 }), new StyleRunProperties(new Bold()))
    { Type = StyleValues.Paragraph, StyleId = "方案三级标题", CustomStyle = true });
    part.Styles = styles;
}

static void AddNumbering(MainDocumentPart main)
{
    var part = main.AddNewPart<NumberingDefinitionsPart>();
    var headings = new AbstractNum(
        Level(0, NumberFormatValues.ChineseCounting, "%1、", legal: false),
        Level(1, NumberFormatValues.Decimal, "%1.%2", legal: true),
        Level(2, NumberFormatValues.Decimal, "%1.%2.%3", legal: true))
    { AbstractNumberId = 10 };
    var list = new AbstractNum(Level(0, NumberFormatValues.Decimal, "（%1）", legal: false)) { AbstractNumberId = 20 };
    part.Numbering = new Numbering(headings, list,
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
}

static Level Level(int index, NumberFormatValues format, string text, bool legal)
{
    // Schema order matters to Word: start, numFmt, isLgl, suff, lvlText.
    var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format });
    if (legal) level.Append(new IsLegalNumberingStyle());
    level.Append(new LevelSuffix { Val = LevelSuffixValues.Space }, new LevelText { Val = text });
    level.LevelIndex = index;
    return level;
}

static void AddFootnotes(MainDocumentPart main)
{
    var part = main.AddNewPart<FootnotesPart>();
    part.Footnotes = new Footnotes(
        new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
        new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
        new Footnote(new Paragraph(
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
            new Run(new Text(" 数据来源：城投绿能2024年度运营统计报表。") { Space = SpaceProcessingModeValues.Preserve }))) { Id = 1 });
}
