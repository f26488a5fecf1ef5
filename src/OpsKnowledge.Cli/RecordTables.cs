using OpsKnowledge.Core.Records;
using Spectre.Console;

namespace OpsKnowledge.Cli;

/// <summary>Human output for records: one table per kind.</summary>
public static class RecordTables
{
    public static void Print(IReadOnlyList<Record> records, bool showDoc)
    {
        if (records.Count == 0)
        {
            Terminal.WriteLine("no records");
            return;
        }
        foreach (var group in records.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            AnsiConsole.WriteLine();
            AnsiConsole.WriteLine(Terminal.Safe($"{group.Key.ToString().ToLowerInvariant()} ({group.Count()})"));
            var table = new Table();
            if (showDoc) table.AddColumn("doc");
            if (group.Key == RecordKind.Risk)
            {
                table.AddColumns("risk", "level", "likelihood", "impact", "mitigation", "scope", "where");
                foreach (var r in group)
                {
                    Row(table, showDoc, r, Marked(r.Name, r), r.Risk?.Level, r.Risk?.Likelihood, r.Risk?.Impact, r.Risk?.Mitigation, Scope(r), Where(r));
                }
            }
            else
            {
                table.AddColumns("name", "value", "baseline", "period", "number", "unit", "scope", "where");
                foreach (var r in group)
                {
                    var name = r.Measure?.CanonicalName is { } c && c != r.Name ? $"{r.Name} ({c})" : r.Name;
                    var period = r.Period ?? r.Milestone?.Date;
                    var number = r.Measure?.Number is null ? null : r.Measure?.Op is { } op ? $"{OperatorSymbol(op)}{r.Measure?.Number}{(r.Measure?.NumberTo is { } to ? "-" + to : "")}" : r.Measure?.Number.ToString();
                    Row(table, showDoc, r, name, Marked(r.Measure?.Value ?? "", r), r.Measure?.Baseline, period, number, r.Measure?.Unit, Scope(r), Where(r));
                }
            }
            AnsiConsole.Write(table);
            Notes(group.ToList());
        }
    }

    /// <summary>The mark a value resting on a guessed repair carries in every table of the CLI.</summary>
    public const string UncertainMark = "(?)";

    /// <summary>The text followed by the uncertain mark when the record rests on a guess.</summary>
    public static string Marked(string text, Record record) => record.Uncertain ? $"{text} {UncertainMark}" : text;

    /// <summary>One line per uncertain record under its table: which record, and why.</summary>
    public static void Notes(IReadOnlyList<Record> records)
    {
        foreach (var r in records.Where(r => r.Uncertain))
        {
            Terminal.WriteLine($"{UncertainMark} uncertain: {r.Id} {r.Name}: {r.UncertainBecause ?? "rests on a guessed repair"}");
        }
    }

    public static string OperatorSymbol(RecordOperator op) => op switch
    {
        RecordOperator.AtLeast => "≥",
        RecordOperator.AtMost => "≤",
        RecordOperator.Equal => "=",
        RecordOperator.Range => "",
        RecordOperator.IncreaseBy => "+",
        RecordOperator.DecreaseBy => "−",
        RecordOperator.Approx => "≈",
        _ => "",
    };

    private static string Scope(Record r) => r.Scope == RecordScope.Plan ? "plan" : "reference";

    private static string Where(Record r)
    {
        var s = r.Source;
        var place = s.Table is { } t ? $"table {t + 1} r{s.Row} c{s.Col}" : $"@{s.Start}";
        return s.Page is { } p ? $"p.{p} {place}" : place;
    }

    private static void Row(Table table, bool showDoc, Record record, params string?[] cells)
    {
        var values = cells.Select(c => Terminal.Escape(c ?? ""));
        table.AddRow((showDoc ? values.Prepend(Terminal.Escape(record.Doc)) : values).ToArray());
    }
}
