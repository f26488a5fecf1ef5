using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Tables;

/// <summary>Periods × measures (年度 | 销售额 | 项目数, or periods across the top): one target per filled measure cell.</summary>
public sealed class PeriodTableInterpreter : ITableInterpreter
{
    public double Match(TableLayout layout)
    {
        if (layout.Body.Count == 0) return 0;
        if (PeriodColumn(layout) is not null && MeasureColumns(layout).Any()) return 2.0;
        return PeriodHeaders(layout).Count >= 2 ? 1.8 : 0;
    }

    public IEnumerable<Record> Interpret(TableLayout layout, ExtractionContext context)
    {
        var table = layout.Table;
        var scope = context.Scope.ClassifyTable(table.Caption, context.SectionPathAt(table.Span.Start));
        var periodColumn = PeriodColumn(layout);
        if (periodColumn is not null)
        {
            var measures = MeasureColumns(layout).ToList();
            foreach (var row in layout.Body)
            {
                var label = TableRecords.CellText(row, periodColumn.Index);
                if (label.Length == 0) continue;
                var period = PeriodParser.Normalize(label);
                foreach (var column in measures)
                {
                    if (column.Index >= row.Count || row[column.Index].IsMergedContinuation) continue;
                    var text = row[column.Index].Text.Trim();
                    if (TableRecords.IsBlank(text) || QuantityParser.Parse(ScriptFolding.ToSimplified(text), requireUnitForChinese: false) is null) continue;
                    yield return TableRecords.Quantified(context, layout, RecordKind.Target, column.Name, row[column.Index], column.Unit, period, scope);
                }
            }
            yield break;
        }

        // Periods across the top: the first column names the measure.
        var headers = PeriodHeaders(layout);
        foreach (var row in layout.Body)
        {
            var (name, unit) = HeaderText.Split(TableRecords.CellText(row, 0));
            if (name.Length == 0) continue;
            foreach (var column in headers)
            {
                if (column.Index >= row.Count || row[column.Index].IsMergedContinuation) continue;
                var text = row[column.Index].Text.Trim();
                if (TableRecords.IsBlank(text) || QuantityParser.Parse(ScriptFolding.ToSimplified(text), requireUnitForChinese: false) is null) continue;
                yield return TableRecords.Quantified(context, layout, RecordKind.Target, name, row[column.Index], unit ?? column.Unit, PeriodParser.Normalize(column.Name), scope);
            }
        }
    }

    private static TableColumn? PeriodColumn(TableLayout layout) => layout.First(ColumnRole.Period);

    private static IEnumerable<TableColumn> MeasureColumns(TableLayout layout) =>
        layout.Columns.Where(c => c.Role is not (ColumnRole.Period or ColumnRole.Cycle or ColumnRole.Indicator or ColumnRole.Category)
            && c.Filled > 0 && c.Numeric * 2 > c.Filled);

    private static List<TableColumn> PeriodHeaders(TableLayout layout) =>
        layout.Columns.Where(c => c.Index > 0 && PeriodParser.IsPeriodLabel(ScriptFolding.ToSimplified(c.Name)) && !ScriptFolding.ToSimplified(c.Name).Contains("现状") && c.Numeric > 0).ToList();
}
