using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellTextElement = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>A cell's text as the spreadsheet shows it: shared and inline strings, numbers under their number formats, booleans, errors.</summary>
public sealed class XlsxCellText
{
    private readonly string[] _shared;
    private readonly (uint Id, string? Code)[] _formats;

    public XlsxCellText(WorkbookPart workbook)
    {
        _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        _formats = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id ? (id, custom.GetValueOrDefault(id)) : (0u, (string?)null)).ToArray() ?? [];
    }

    public string Text(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        // The type's raw text: producers write values the SDK's strict enums reject.
        switch (cell.DataType?.InnerText)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _shared.Length ? _shared[index] : "";
            case "inlineStr":
                return cell.InlineString is { } inline ? ItemText(inline) : raw ?? "";
            case "b":
                return raw is "1" or "true" ? "TRUE" : raw is null ? "" : "FALSE";
            case "str" or "e" or "d":
                return raw ?? "";
        }
        if (raw is null) return "";
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        var style = cell.StyleIndex?.Value is { } s && s < _formats.Length ? _formats[s] : (0u, null);
        return XlsxNumberFormat.Format(number, style.Id, style.Code);
    }

    /// <summary>A rich or plain string item's visible text; phonetic guides (rPh) are annotations, not text.</summary>
    private static string ItemText(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case CellTextElement t: text.Append(t.Text); break;
                case Run run: text.Append(string.Concat(run.Elements<CellTextElement>().Select(t => t.Text))); break;
            }
        }
        return text.ToString();
    }
}
