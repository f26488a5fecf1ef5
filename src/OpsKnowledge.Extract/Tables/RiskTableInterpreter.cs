using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Tables;

/// <summary>Risk tables (风险类型 | 风险描述 | 风险等级 | 可能性 | 影响 | 应对措施): one risk per row.</summary>
public sealed class RiskTableInterpreter : ITableInterpreter
{
    public double Match(TableLayout layout)
    {
        if (layout.Body.Count == 0) return 0;
        var details = new[] { ColumnRole.RiskDescription, ColumnRole.RiskLevel, ColumnRole.Likelihood, ColumnRole.Impact, ColumnRole.Mitigation }.Count(layout.Has);
        if (layout.Has(ColumnRole.RiskName) && details >= 1) return 3.0;
        return layout.Has(ColumnRole.RiskDescription) && details >= 2 ? 2.8 : 0;
    }

    public IEnumerable<Record> Interpret(TableLayout layout, ExtractionContext context)
    {
        var table = layout.Table;
        var scope = context.Scope.ClassifyTable(table.Caption, context.SectionPathAt(table.Span.Start));
        var nameColumn = layout.First(ColumnRole.RiskName) ?? layout.First(ColumnRole.RiskDescription)!;
        var description = layout.First(ColumnRole.RiskDescription);
        foreach (var row in layout.Body)
        {
            if (nameColumn.Index >= row.Count) continue;
            var cell = row[nameColumn.Index];
            var name = cell.Text.Trim();
            if (name.Length == 0) continue;
            var last = row.LastOrDefault(c => c.Span.Length > 0) ?? cell;
            var source = TableRecords.SourceOf(table, cell) with { Start = row.Where(c => c.Span.Length > 0).Select(c => c.Span.Start).DefaultIfEmpty(cell.Span.Start).Min(), End = Math.Max(cell.Span.End, last.Span.End) };
            var record = context.Create(RecordKind.Risk, name, TableRecords.RowText(row), source);
            yield return record with
            {
                Details = new RiskDetails
                {
                    Description = Text(row, description is null || description.Index == nameColumn.Index ? null : description),
                    Level = Text(row, layout.First(ColumnRole.RiskLevel)),
                    Likelihood = Text(row, layout.First(ColumnRole.Likelihood)),
                    Impact = Text(row, layout.First(ColumnRole.Impact)),
                    Mitigation = Text(row, layout.First(ColumnRole.Mitigation)),
                },
                Scope = scope,
                Confidence = 0.95,
            };
        }
    }

    private static string? Text(IReadOnlyList<Core.Model.TableCell> row, TableColumn? column)
    {
        if (column is null) return null;
        var text = TableRecords.CellText(row, column.Index);
        return TableRecords.IsBlank(text) ? null : text;
    }
}
