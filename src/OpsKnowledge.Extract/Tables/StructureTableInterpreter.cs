using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.Tables;

/// <summary>Structure tables (成本项目 | 占比, 客户层级 | 目标占比): one target per row and share column.</summary>
public sealed class StructureTableInterpreter : ITableInterpreter
{
    public double Match(TableLayout layout)
    {
        if (layout.Body.Count == 0 || ItemColumn(layout) is null) return 0;
        return ValueColumns(layout).Count > 0 ? 1.5 : 0;
    }

    public IEnumerable<Record> Interpret(TableLayout layout, ExtractionContext context)
    {
        var table = layout.Table;
        var scope = context.Scope.ClassifyTable(table.Caption, context.SectionPathAt(table.Span.Start));
        var item = ItemColumn(layout)!;
        var values = ValueColumns(layout);
        foreach (var row in layout.Body)
        {
            var name = TableRecords.CellText(row, item.Index);
            if (name.Length == 0) continue;
            foreach (var column in values)
            {
                if (column.Index >= row.Count) continue;
                var text = row[column.Index].Text.Trim();
                if (TableRecords.IsBlank(text) || QuantityParser.Parse(ScriptFolding.ForExtraction.ToSimplified(text), requireUnitForChinese: false) is null) continue;
                var period = PeriodParser.Find(column.Name)?.Value;
                // A share of a whole (人力成本 60%) is neither better high nor low.
                var record = TableRecords.Quantified(context, layout, RecordKind.Target, name, row[column.Index], column.Unit, period is null ? null : PeriodParser.Normalize(period), scope);
                yield return record with { Details = record.Measure! with { Direction = null } };
            }
        }
    }

    private static TableColumn? ItemColumn(TableLayout layout) => layout.First(ColumnRole.Item);

    private static List<TableColumn> ValueColumns(TableLayout layout)
    {
        var shares = layout.Columns.Where(c => c.Role == ColumnRole.Share && c.Numeric > 0).ToList();
        return shares.Count > 0 ? shares : layout.Columns.Where(c => c.Role == ColumnRole.Measure).ToList();
    }
}
