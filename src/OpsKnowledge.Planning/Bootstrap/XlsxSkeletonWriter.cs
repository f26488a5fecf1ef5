using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Writes a plan skeleton as a workbook: a sheet for the outline (大纲) and one per table (目标, KPI, 风险, 里程碑), bold frozen header rows, fitted column widths.</summary>
public sealed class XlsxSkeletonWriter : ISkeletonWriter
{
    public const string OutlineSheet = "大纲";

    private const uint HeaderStyle = 1;
    private const uint BodyStyle = 2;

    public BootstrapFormat Format => BootstrapFormat.Xlsx;

    public string Extension => ".xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Write(Stream output, PlanSkeleton skeleton)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = skeleton.Title;
            document.PackageProperties.Creator = "OpsKnowledge";
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var strings = new SharedStrings();
            var sheets = new Sheets();

            var outlineRows = skeleton.Outline
                .Select(h => (IReadOnlyList<string>)[h.Level.ToString(CultureInfo.InvariantCulture), h.Number, h.Title, h.PlanCount.ToString(CultureInfo.InvariantCulture), string.Join("；", h.Sources)])
                .ToList();
            AddSheet(workbookPart, sheets, strings, OutlineSheet, ["层级", "编号", "标题", "方案数", "参考来源"], outlineRows);
            foreach (var table in skeleton.Tables) AddSheet(workbookPart, sheets, strings, table.SheetName, table.Columns, table.Rows);

            workbookPart.Workbook.Append(sheets);
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
            workbookPart.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, SharedStrings strings, string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, columns, strings, HeaderStyle));
        for (var r = 0; r < rows.Count; r++) data.Append(Row((uint)(r + 2), rows[r], strings, BodyStyle));

        var widths = new Columns();
        for (var c = 0; c < columns.Count; c++)
        {
            var longest = Math.Max(DocxSkeletonWriter.DisplayWidth(columns[c]), rows.Select(r => c < r.Count ? DocxSkeletonWriter.DisplayWidth(r[c]) : 0).DefaultIfEmpty(0).Max());
            widths.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(longest + 2, 6, 60), CustomWidth = true });
        }

        var view = new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U, TabSelected = sheets.ChildElements.Count == 0 };
        worksheetPart.Worksheet = new Worksheet(new SheetViews(view), widths, data);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
    }

    private static Row Row(uint index, IReadOnlyList<string> cells, SharedStrings strings, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.SharedString,
                CellValue = new CellValue(strings.IndexOf(cells[c])),
                StyleIndex = style,
            });
        }
        return row;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "SimSun" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "SimSun" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The workbook's shared string table, each distinct text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];
        private int _references;

        public string IndexOf(string text)
        {
            text = XmlText.Clean(text);
            _references++;
            if (!_index.TryGetValue(text, out var index))
            {
                index = _items.Count;
                _index[text] = index;
                _items.Add(text);
            }
            return index.ToString(CultureInfo.InvariantCulture);
        }

        public SharedStringTable ToTable() => new(_items.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_references,
            UniqueCount = (uint)_items.Count,
        };
    }
}
