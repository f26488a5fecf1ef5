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
            var strings = new SharedStrings();
            var sheets = new Sheets();

            var outlineRows = skeleton.Outline
                .Select(h => (IReadOnlyList<string>)[h.Level.ToString(CultureInfo.InvariantCulture), h.Number, h.Title, h.PlanCount.ToString(CultureInfo.InvariantCulture), string.Join("；", h.Sources)])
                .ToList();
            var formats = new NumberStyles();
            var outlineNumbers = skeleton.Outline
                .Select(h => (IReadOnlyList<SkeletonNumber?>)[new SkeletonNumber(h.Level), null, null, new SkeletonNumber(h.PlanCount), null])
                .ToList();
            AddSheet(workbookPart, sheets, strings, OutlineSheet, ["层级", "编号", "标题", "方案数", "参考来源"], outlineRows, outlineNumbers, formats);
            foreach (var table in skeleton.Tables) AddSheet(workbookPart, sheets, strings, table.SheetName, table.Columns, table.Rows, table.Numbers, formats);

            workbookPart.Workbook.Append(sheets);
            // The styles part comes last: the number formats are those the tables used.
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet(formats);
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
            workbookPart.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, SharedStrings strings, string name, IReadOnlyList<string> columns,
        IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<IReadOnlyList<SkeletonNumber?>>? numbers, NumberStyles? formats)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, columns, null, strings, null, HeaderStyle));
        for (var r = 0; r < rows.Count; r++) data.Append(Row((uint)(r + 2), rows[r], numbers is not null && r < numbers.Count ? numbers[r] : null, strings, formats, BodyStyle));

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

    private static Row Row(uint index, IReadOnlyList<string> cells, IReadOnlyList<SkeletonNumber?>? numbers, SharedStrings strings, NumberStyles? formats, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            if (formats is not null && numbers is not null && c < numbers.Count && numbers[c] is { } number)
            {
                row.Append(new Cell
                {
                    CellReference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture),
                    CellValue = new CellValue(number.Value.ToString(CultureInfo.InvariantCulture)),
                    StyleIndex = formats.StyleOf(number),
                });
                continue;
            }
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

    private static Stylesheet Stylesheet(NumberStyles formats) => new(
        new NumberingFormats(formats.Formats.Select((code, i) => new NumberingFormat { NumberFormatId = (uint)(NumberStyles.FirstFormatId + i), FormatCode = code }))
        { Count = (uint)formats.Formats.Count },
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
        new CellFormats(new CellFormat[]
            {
                new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
                { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true },
            }.Concat(formats.Formats.Select((_, i) => new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = (uint)(NumberStyles.FirstFormatId + i), FontId = 0, FillId = 0, BorderId = 1, FormatId = 0,
                ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true,
            })))
        { Count = (uint)(3 + formats.Formats.Count) },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The number formats the workbook's numbers need: thousands separators, decimals only where the value has them, ≥/≤ shown by the format.</summary>
    private sealed class NumberStyles
    {
        public const int FirstFormatId = 164; // ids below 164 are Excel's built-in formats
        private const uint FirstStyle = 3;    // after the default, header and body styles

        private readonly Dictionary<string, int> _byCode = new(StringComparer.Ordinal);

        public List<string> Formats { get; } = [];

        public uint StyleOf(SkeletonNumber number)
        {
            var text = number.Value.ToString("0.######", CultureInfo.InvariantCulture);
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            var fraction = dot < 0 ? "" : "." + new string('0', text.Length - dot - 1);
            var code = (number.Prefix.Length > 0 ? $"\"{number.Prefix}\"" : "") + "#,##0" + fraction;
            if (!_byCode.TryGetValue(code, out var index))
            {
                index = Formats.Count;
                _byCode[code] = index;
                Formats.Add(code);
            }
            return FirstStyle + (uint)index;
        }
    }

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
