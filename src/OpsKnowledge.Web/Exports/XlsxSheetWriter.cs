using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Web.Exports;

/// <summary>Writes records as a one-sheet workbook: text as inline strings (never formulas), the 数值 column as numbers, a frozen header row.</summary>
internal static class XlsxSheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IReadOnlyList<Record> records)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(TextRow(1, RecordSheet.Headers));
            var numberColumn = Array.FindIndex(RecordSheet.Columns, c => c.Key == "number");
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var index = (uint)(i + 2);
                var row = new Row { RowIndex = index };
                var cells = RecordSheet.Row(record);
                for (var c = 0; c < cells.Count; c++)
                {
                    var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
                    // A single number is a number; a range (18-25) stays text.
                    if (c == numberColumn && record.Measure?.Number is { } n && record.Measure?.NumberTo is null)
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                    else
                        row.Append(InlineText(reference, cells[c]));
                }
                data.Append(row);
            }
            var view = new SheetView(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0U, TabSelected = true };
            worksheetPart.Worksheet = new Worksheet(new SheetViews(view), data);
            workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1U, Name = sheetName }));
            workbookPart.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static Row TextRow(uint index, IReadOnlyList<string> cells)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++) row.Append(InlineText(ColumnName(c) + index.ToString(CultureInfo.InvariantCulture), cells[c]));
        return row;
    }

    private static Cell InlineText(string reference, string? text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        // Scraped text can hold control characters and lone surrogates that XML forbids.
        InlineString = new InlineString(new Text(Planning.Bootstrap.XmlText.Clean(text ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
