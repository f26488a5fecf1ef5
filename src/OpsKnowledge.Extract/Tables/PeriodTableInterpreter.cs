using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

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
            // A row labelled 2024年实际 or 基期 is where the plan starts from: the baseline of the target rows, not a target itself.
            var baselines = new Dictionary<int, TableCell>();
            foreach (var row in layout.Body)
            {
                var label = TableRecords.CellText(row, periodColumn.Index);
                if (label.Length == 0) continue;
                var isBaseline = HeaderText.IsBaselineWording(ScriptFolding.ForExtraction.ToSimplified(label));
                var period = PeriodParser.Normalize(label);
                foreach (var column in measures)
                {
                    if (column.Index >= row.Count || row[column.Index].IsMergedContinuation) continue;
                    var text = row[column.Index].Text.Trim();
                    if (TableRecords.IsBlank(text) || QuantityParser.Parse(ScriptFolding.ForExtraction.ToSimplified(text), requireUnitForChinese: false) is null) continue;
                    if (isBaseline)
                    {
                        baselines[column.Index] = row[column.Index];
                        continue;
                    }
                    var record = TableRecords.Quantified(context, layout, RecordKind.Target, column.Name, row[column.Index], column.Unit, period, scope);
                    yield return baselines.TryGetValue(column.Index, out var baseline) ? WithBaseline(record, baseline.Text, column.Unit) : record;
                }
            }
            yield break;
        }

        // Periods across the top: the first column names the measure.
        var headers = PeriodHeaders(layout);
        var baselineColumn = layout.Columns.FirstOrDefault(c => c.Index > 0 && c.Role == ColumnRole.Baseline);
        foreach (var row in layout.Body)
        {
            var (name, unit) = HeaderText.Split(TableRecords.CellText(row, 0));
            if (name.Length == 0) continue;
            var baselineText = baselineColumn is null ? "" : TableRecords.CellText(row, baselineColumn.Index);
            foreach (var column in headers)
            {
                if (column.Index >= row.Count || row[column.Index].IsMergedContinuation) continue;
                var text = row[column.Index].Text.Trim();
                if (TableRecords.IsBlank(text) || QuantityParser.Parse(ScriptFolding.ForExtraction.ToSimplified(text), requireUnitForChinese: false) is null) continue;
                var record = TableRecords.Quantified(context, layout, RecordKind.Target, name, row[column.Index], unit ?? column.Unit, PeriodParser.Normalize(column.Name), scope);
                yield return TableRecords.IsBlank(baselineText) ? record : WithBaseline(record, baselineText, unit ?? baselineColumn!.Unit);
            }
        }
    }

    private static Record WithBaseline(Record record, string baselineText, string? unit)
    {
        var money = (unit is not null && UnitCatalog.IsMoneyName(unit + "元")) || UnitCatalog.IsMoneyName(record.Name);
        return record with
        {
            Details = record.Measure! with
            {
                Baseline = baselineText.Trim(),
                BaselineNumber = QuantityParser.Parse(ScriptFolding.ForExtraction.ToSimplified(baselineText.Trim()), money, requireUnitForChinese: false)?.Number,
            },
        };
    }

    private static TableColumn? PeriodColumn(TableLayout layout) => layout.First(ColumnRole.Period);

    private static IEnumerable<TableColumn> MeasureColumns(TableLayout layout) =>
        layout.Columns.Where(c => c.Role is not (ColumnRole.Period or ColumnRole.Cycle or ColumnRole.Indicator or ColumnRole.Category or ColumnRole.Baseline)
            && c.Filled > 0 && c.Numeric * 2 > c.Filled);

    private static List<TableColumn> PeriodHeaders(TableLayout layout) =>
        layout.Columns.Where(c => c.Index > 0 && PeriodParser.IsPeriodLabel(ScriptFolding.ForExtraction.ToSimplified(c.Name)) && c.Role != ColumnRole.Baseline && c.Numeric > 0).ToList();
}
