using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OpsKnowledge.Planning.Bootstrap;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

public sealed class SkeletonWriterTests
{
    private static readonly PlanSkeleton Skeleton = new PlanSkeletonBuilder().Build(SkeletonFixture.Plans, SkeletonFixture.Records,
        new PlanSkeletonOptions { Title = "某园区运营方案（草稿）" });

    // Text from scraped pages can carry control characters that XML forbids; writers must drop them, not fail.
    private static readonly PlanSkeleton DirtySkeleton = Skeleton with
    {
        Tables = [.. Skeleton.Tables.Select(t => t.Kind == SkeletonTableKind.Risks
            ? t with { Rows = [.. t.Rows, ["含\u0001控制符|竖线", "高", "", "", "第一行\n第二行", "X.html"]] }
            : t)],
    };

    private static byte[] Write(BootstrapFormat format, PlanSkeleton? skeleton = null)
    {
        using var stream = new MemoryStream();
        SkeletonWriters.For(format).Write(stream, skeleton ?? Skeleton);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("plan.md", BootstrapFormat.Markdown)]
    [InlineData("out/新方案.DOCX", BootstrapFormat.Docx)]
    [InlineData("/tmp/plan.xlsx", BootstrapFormat.Xlsx)]
    [InlineData("plan.markdown", BootstrapFormat.Markdown)]
    public void Format_FollowsTheExtension(string path, BootstrapFormat expected)
    {
        Assert.Equal(expected, BootstrapFormatResolver.FromPath(path));
        Assert.Equal(expected, SkeletonWriters.For(expected).Format);
    }

    [Theory]
    [InlineData("plan.pdf", ".pdf")]
    [InlineData("plan.doc", ".doc")]
    [InlineData("plan", "没有扩展名")]
    public void UnknownExtension_IsAClearError(string path, string mention)
    {
        Assert.False(BootstrapFormatResolver.TryFromPath(path, out _, out var error));
        Assert.Contains(mention, error);
        Assert.Contains(".md, .docx, .xlsx", error);
        var thrown = Assert.Throws<ArgumentException>(() => BootstrapFormatResolver.FromPath(path));
        Assert.Contains(".md, .docx, .xlsx", thrown.Message);
    }

    [Fact]
    public void Markdown_HasHeadingsSourcesAndPipeTables()
    {
        var markdown = Encoding.UTF8.GetString(Write(BootstrapFormat.Markdown, DirtySkeleton));

        Assert.StartsWith("# 某园区运营方案（草稿）\n", markdown);
        Assert.Contains("\n## 2 经营目标\n", markdown);
        Assert.Contains("\n### 2.1 销售目标\n", markdown);
        Assert.Contains("> 参考：A.docx › 2.1 销售目标；B.pdf › (一)销售目标；C.md › 第二章 销售目标", markdown);
        Assert.Contains("| 指标 | 2026年 | 2027年 | 单位 | 来源 |\n| --- | --- | --- | --- | --- |\n| 营业收入 | 8000 | 9500 | 万元 | A.docx › 2.1 销售目标 |", markdown);
        Assert.Contains("| 含\u0001控制符\\|竖线 | 高 |  |  | 第一行<br>第二行 | X.html |", markdown);
        Assert.True(markdown.IndexOf("**表：年度目标**", StringComparison.Ordinal) > markdown.IndexOf("## 2 经营目标", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_ValidatesWithoutErrors()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(BootstrapFormat.Docx, DirtySkeleton)), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Docx_UsesRealHeadingStylesBorderedTablesAndEastAsianFonts()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(BootstrapFormat.Docx)), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal("heading 3", styles["Heading3"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        var defaults = main.StyleDefinitionsPart.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.False(string.IsNullOrEmpty(defaults.RunFonts!.EastAsia!.Value));
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);

        var paragraphs = main.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .ToList();
        Assert.Contains(("Heading1", "2 经营目标"), paragraphs);
        Assert.Contains(("Heading2", "2.1 销售目标"), paragraphs);

        var tables = main.Document.Body.Elements<W.Table>().ToList();
        Assert.Equal(4, tables.Count);
        Assert.All(tables, t =>
        {
            Assert.NotNull(t.GetFirstChild<W.TableProperties>()!.TableBorders!.InsideHorizontalBorder);
            var header = t.Elements<W.TableRow>().First();
            Assert.NotNull(header.TableRowProperties!.GetFirstChild<W.TableHeader>());
            Assert.All(header.Descendants<W.Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        });
        Assert.Equal("营业收入|8000|9500|万元|A.docx › 2.1 销售目标",
            string.Join("|", tables[0].Elements<W.TableRow>().ElementAt(1).Elements<W.TableCell>().Select(c => c.InnerText)));
    }

    [Fact]
    public void Xlsx_ValidatesWithoutErrors()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(BootstrapFormat.Xlsx, DirtySkeleton)), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Xlsx_HasOneSheetPerTable_WithBoldHeaderAndWidths()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(BootstrapFormat.Xlsx)), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<X.Sheet>().ToList();
        Assert.Equal(["大纲", "目标", "KPI", "风险", "里程碑"], sheets.Select(s => s.Name!.Value));

        var strings = workbook.SharedStringTablePart!.SharedStringTable!.Elements<X.SharedStringItem>().Select(i => i.InnerText).ToList();
        var kpiSheet = ((WorksheetPart)workbook.GetPartById(sheets[2].Id!.Value!)).Worksheet!;
        var rows = kpiSheet.GetFirstChild<X.SheetData>()!.Elements<X.Row>()
            .Select(r => r.Elements<X.Cell>().Select(c => c.DataType?.Value == X.CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text)] : "#" + c.CellValue!.Text).ToArray())
            .ToList();
        Assert.Equal(["指标", "基准值", "目标值", "单位", "考核周期", "来源"], rows[0]);
        // Baseline and target are numbers (85 and 90), the unit in its own column.
        Assert.Equal(["客户满意度", "#85", "#90", "%", "年度", "A.docx › 3 运营指标"], rows[1]);

        var headerStyle = kpiSheet.Descendants<X.Row>().First().Elements<X.Cell>().First().StyleIndex!.Value;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet!;
        var fontId = stylesheet.CellFormats!.Elements<X.CellFormat>().ElementAt((int)headerStyle).FontId!.Value;
        Assert.NotNull(stylesheet.Fonts!.Elements<X.Font>().ElementAt((int)fontId).Bold);
        Assert.Equal(6, kpiSheet.GetFirstChild<X.Columns>()!.Elements<X.Column>().Count());
    }

    [Fact]
    public void Xlsx_StoresNumbersAsNumbers_WithNumberFormats()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(BootstrapFormat.Xlsx)), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<X.Sheet>().ToList();
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet!;
        string FormatOf(X.Cell cell)
        {
            var id = stylesheet.CellFormats!.Elements<X.CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
            return stylesheet.NumberingFormats!.Elements<X.NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
        }
        X.Cell CellAt(int sheet, string reference) =>
            ((WorksheetPart)workbook.GetPartById(sheets[sheet].Id!.Value!)).Worksheet!.Descendants<X.Cell>().Single(c => c.CellReference == reference);

        var revenue2026 = CellAt(1, "B2");
        Assert.Null(revenue2026.DataType);
        Assert.Equal(("8000", "#,##0"), (revenue2026.CellValue!.Text, FormatOf(revenue2026)));
        var satisfactionTarget = CellAt(2, "C2");
        Assert.Equal(("90", "\"≥\"#,##0"), (satisfactionTarget.CellValue!.Text, FormatOf(satisfactionTarget)));
    }

    [Fact]
    [Trait("needs", "libreoffice")]
    public void Docx_OpensInLibreOffice_AndShowsTheCells()
    {
        var text = Convert(BootstrapFormat.Docx, "skeleton.docx");

        Assert.Contains("某园区运营方案（草稿）", text);
        Assert.Contains("2.1销售目标", text);
        Assert.Contains("2026年8000", text);
        Assert.Contains("2027年9500", text);
        Assert.Contains("核心人员流失风险", text);
        Assert.Contains("建立后备人才梯队，关键岗位AB角", text);
        Assert.Contains("2026年6月底前", text);
    }

    [Fact]
    [Trait("needs", "libreoffice")]
    public void Xlsx_OpensInLibreOffice_AndShowsTheCells()
    {
        var text = Convert(BootstrapFormat.Xlsx, "skeleton.xlsx");

        Assert.Contains("项目概况", text);
        // Numbers shown through their number format: thousands separators, ≥ from the format, not from text.
        Assert.Contains("8,0009,500万元", text);
        Assert.Contains("≥92", text);
        Assert.Contains("政策调整风险", text);
        Assert.Contains("完成人员招聘与培训", text);
    }

    /// <summary>The PDF text with all whitespace removed, since table cells wrap at arbitrary places.</summary>
    private static string Convert(BootstrapFormat format, string name)
    {
        var directory = Directory.CreateTempSubdirectory("opsk-skeleton-");
        try
        {
            var path = Path.Combine(directory.FullName, name);
            File.WriteAllBytes(path, Write(format));
            var text = LibreOfficeConverter.ToPdfText(path);
            return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
