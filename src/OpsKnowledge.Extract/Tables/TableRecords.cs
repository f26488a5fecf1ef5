using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.Tables;

/// <summary>What the table interpreters share: provenance of a cell, a row's evidence text, a quantified record from a cell.</summary>
internal static class TableRecords
{
    public static string RowText(IReadOnlyList<TableCell> row) =>
        string.Join(" | ", row.Where(c => !c.IsMergedContinuation || c.Col == 0).Select(c => c.Text.Trim()));

    public static string CellText(IReadOnlyList<TableCell> row, int col) => col < row.Count ? row[col].Text.Trim() : "";

    public static RecordSource SourceOf(Table table, TableCell cell) => new()
    {
        Page = table.Page,
        Table = table.Index,
        Row = cell.Row,
        Col = cell.Col,
        Start = cell.Span.Start,
        End = cell.Span.End,
    };

    public static bool IsBlank(string text) => text.Length == 0 || text is "-" or "—" or "/" or "无" or "——" or "--" or "/";

    /// <summary>A target or KPI read from one value cell; <paramref name="unit"/> from the header wins over the cell's own.</summary>
    public static Record Quantified(ExtractionContext context, TableLayout layout, RecordKind kind, string name, TableCell cell, string? unit, string? period, RecordScope scope)
    {
        var text = cell.Text.Trim();
        var money = (unit is not null && UnitCatalog.IsMoneyName(unit + "元")) || UnitCatalog.IsMoneyName(name);
        var quantity = QuantityParser.Parse(ScriptFolding.ForExtraction.ToSimplified(text), money, requireUnitForChinese: false);
        var row = layout.Table.Rows[cell.Row];
        var record = context.Create(kind, name, context.RowTextOf(row), SourceOf(layout.Table, cell));
        var measure = record.Measure!;
        var direction = measure.Direction ?? quantity?.Op switch
        {
            RecordOperator.AtMost or RecordOperator.DecreaseBy => Direction.Down,
            RecordOperator.AtLeast or RecordOperator.IncreaseBy => Direction.Up,
            _ => (Direction?)null,
        };
        return record with
        {
            Details = measure with
            {
                Value = text,
                Number = quantity?.Number,
                NumberTo = quantity?.NumberTo,
                Unit = unit is not null && quantity is not null ? HeaderUnit(unit, quantity.Unit) : quantity?.Unit,
                Op = quantity?.Op,
                Direction = direction,
            },
            Period = period,
            Scope = scope,
            Confidence = quantity is null ? 0.7 : 0.95,
        };
    }

    /// <summary>A header unit applies unless the cell spells a fuller one (header 万 with cell 800万元).</summary>
    private static string HeaderUnit(string headerUnit, string? cellUnit) =>
        cellUnit is not null && cellUnit.Length > headerUnit.Length && cellUnit.EndsWith(headerUnit, StringComparison.Ordinal) ? cellUnit : headerUnit;
}
