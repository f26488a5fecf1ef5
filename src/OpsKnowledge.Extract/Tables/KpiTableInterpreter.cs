using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.Tables;

/// <summary>Indicator tables (指标名称 | 目标值 | 现状值 | 考核周期): one KPI per row and target column, with its baseline.</summary>
public sealed class KpiTableInterpreter : ITableInterpreter
{
    public double Match(TableLayout layout)
    {
        if (layout.Body.Count == 0 || NameColumn(layout) is null) return 0;
        return TargetColumns(layout).Count > 0 ? 2.5 : 0;
    }

    public IEnumerable<Record> Interpret(TableLayout layout, ExtractionContext context)
    {
        var table = layout.Table;
        var scope = context.Scope.ClassifyTable(table.Caption, context.SectionPathAt(table.Span.Start));
        var nameColumn = NameColumn(layout)!;
        var targets = TargetColumns(layout);
        var baseline = layout.First(ColumnRole.Baseline);
        var periodColumn = layout.First(ColumnRole.Period);
        foreach (var row in layout.Body)
        {
            var (name, nameUnit) = HeaderText.Split(TableRecords.CellText(row, nameColumn.Index));
            if (name.Length == 0) continue;
            var baselineText = baseline is null ? "" : TableRecords.CellText(row, baseline.Index);
            var rowPeriod = periodColumn is null ? null : TableRecords.CellText(row, periodColumn.Index);
            foreach (var column in targets)
            {
                if (column.Index >= row.Count) continue;
                var text = row[column.Index].Text.Trim();
                if (TableRecords.IsBlank(text)) continue;
                var headerPeriod = PeriodParser.Find(ScriptFolding.ForExtraction.ToSimplified(column.Name))?.Value;
                var period = headerPeriod ?? (string.IsNullOrEmpty(rowPeriod) ? null : rowPeriod);
                var record = TableRecords.Quantified(context, layout, RecordKind.Kpi, name, row[column.Index], column.Unit ?? nameUnit, period is null ? null : PeriodParser.Normalize(period), scope);
                if (!TableRecords.IsBlank(baselineText))
                {
                    var money = UnitCatalog.IsMoneyName(name);
                    record = record with
                    {
                        Details = record.Measure! with
                        {
                            Baseline = baselineText,
                            BaselineNumber = QuantityParser.Parse(ScriptFolding.ForExtraction.ToSimplified(baselineText), money, requireUnitForChinese: false)?.Number,
                        },
                    };
                }
                yield return record;
            }
        }
    }

    private static TableColumn? NameColumn(TableLayout layout) =>
        layout.Columns.Where(c => c.Role == ColumnRole.Indicator).OrderByDescending(c => c.Name.Contains("名称")).FirstOrDefault();

    private static List<TableColumn> TargetColumns(TableLayout layout)
    {
        var targets = layout.Columns.Where(c => c.Role == ColumnRole.TargetValue).ToList();
        if (targets.Count == 0)
        {
            // "指标 | 数值": a lone numeric column is the target; periods across the top belong to the period interpreter.
            var measures = layout.Columns.Where(c => c.Role == ColumnRole.Measure).ToList();
            if (measures.Count == 1 && !PeriodParser.IsPeriodLabel(measures[0].Name)) targets = measures;
        }
        return targets;
    }
}
