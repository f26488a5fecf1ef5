using System.Text.RegularExpressions;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Keeps document text from running as a formula when a CSV file is opened in a spreadsheet (OWASP CSV injection).</summary>
public static partial class SpreadsheetText
{
    /// <summary>The field with a leading apostrophe when it starts with = + - @ tab or CR; plain numbers (-5, +12.5%) are left as they are.</summary>
    public static string Guard(string field)
    {
        if (field.Length == 0 || field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return field;
        return PlainNumber().IsMatch(field) ? field : "'" + field;
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?%?$")]
    private static partial Regex PlainNumber();
}
