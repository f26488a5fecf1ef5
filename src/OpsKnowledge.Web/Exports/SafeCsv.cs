using System.Text;

namespace OpsKnowledge.Web.Exports;

/// <summary>
/// RFC 4180 CSV for spreadsheets, safe against formula injection: a cell from a document that starts with = + - @, a tab or a CR
/// is written as text (a leading apostrophe), so Excel or LibreOffice never evaluates it.
/// </summary>
internal static class SafeCsv
{
    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The header and rows as CSV with CRLF line ends, as UTF-8 bytes with a BOM (Excel reads the Chinese right).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', header.Select(Cell)).Append("\r\n");
        foreach (var row in rows) builder.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(builder.ToString())];
    }
}
