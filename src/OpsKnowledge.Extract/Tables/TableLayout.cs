using OpsKnowledge.Core.Model;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.Tables;

/// <summary>A table with each column's header (name and unit split) and role worked out once, for the interpreters to choose from.</summary>
public sealed class TableLayout
{
    private TableLayout(Table table, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> body)
    {
        Table = table;
        Columns = columns;
        Body = body;
    }

    public Table Table { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Rows below the header that have at least one non-empty cell.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Body { get; }

    public TableColumn? First(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public bool Has(ColumnRole role) => Columns.Any(c => c.Role == role);

    public static TableLayout Analyze(Table table)
    {
        var body = table.BodyRows.Where(r => r.Any(c => c.Text.Trim().Length > 0)).ToList();
        var columns = new List<TableColumn>();
        var count = table.ColumnCount;
        for (var col = 0; col < count; col++)
        {
            var header = table.HeaderOf(col).Trim();
            var (name, unit) = HeaderText.Split(header);
            var cells = body.Select(r => col < r.Count ? ScriptFolding.ForExtraction.ToSimplified(r[col].Text.Trim()) : "").Where(t => t.Length > 0).ToList();
            int numeric = 0, periods = 0;
            foreach (var t in cells)
            {
                // A period label (2026年) is not a measure even though it parses as a quantity.
                if (PeriodParser.IsPeriodLabel(t)) periods++;
                else if (QuantityParser.Parse(t, requireUnitForChinese: true) is not null) numeric++;
            }
            var role = HeaderText.RoleOf(ScriptFolding.ForExtraction.ToSimplified(name));
            if (role == ColumnRole.Other && cells.Count > 0)
            {
                if (periods * 2 > cells.Count && col == 0) role = ColumnRole.Period;
                else if (numeric * 2 > cells.Count) role = ColumnRole.Measure;
            }
            columns.Add(new TableColumn(col, header, name, unit, role, cells.Count, numeric));
        }
        return new TableLayout(table, columns, body);
    }
}

/// <summary>One column of a <see cref="TableLayout"/>.</summary>
/// <param name="Name">The header without its unit: 营业收入(万元) gives 营业收入.</param>
/// <param name="Unit">The unit the header gives its cells, or null.</param>
/// <param name="Filled">Body cells with text.</param>
/// <param name="Numeric">Body cells holding a quantity.</param>
public sealed record TableColumn(int Index, string Header, string Name, string? Unit, ColumnRole Role, int Filled, int Numeric);
