using System.CommandLine;
using OpsKnowledge.Application.Comparison;
using OpsKnowledge.Application.Documents;
using OpsKnowledge.Application.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Planning.Comparison;
using Spectre.Console;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk compare NAME | --doc A --doc B: one KPI across plans, or two plans side by side.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "KPI name or synonym (客户满意度, 顾客满意度 …)", Arity = ArgumentArity.ZeroOrOne };
        var docs = new Option<string[]>("--doc") { Description = "Limit to these documents; with two --doc and no NAME, compare the two plans", AllowMultipleArgumentsPerToken = false };
        var reference = new Option<bool>("--include-reference") { Description = "Also show cited cases and benchmarks (scope reference)" };
        var json = CliOptions.Json("rows (each with doc)");
        var csv = new Option<bool>("--csv") { Description = "Print rows as CSV (UTF-8 with BOM, opens in Excel)" };
        var command = new Command("compare", """
            Compare one KPI across plans (values, baselines, periods, units converted where commensurable, spread and outliers),
            or all KPIs two plans share, side by side.

            Examples:
              opsk compare 客户满意度
              opsk compare 营业收入 --doc cold-chain-operations-plan.md --doc port-container-terminal-execution-plan.txt
              opsk compare --doc cold-chain-operations-plan.md --doc port-container-terminal-execution-plan.txt
              opsk compare 客户满意度 --csv > satisfaction.csv
            """)
        {
            name, docs, reference, json, csv,
        };
        command.SetAction(parse =>
        {
            using var index = IndexOpener.ForReading(parse.GetValue(CliOptions.Index));
            var service = new CompareService(index);
            var chosenDocs = (parse.GetValue(docs) ?? []).Select(d => ShowCommand.Find(index, d).Id).ToArray();
            var kpi = parse.GetValue(name);
            var includeReference = parse.GetValue(reference);
            try
            {
                if (string.IsNullOrWhiteSpace(kpi))
                {
                    if (chosenDocs.Length != 2) throw new UserError("give a KPI name, or exactly two --doc to compare two plans");
                    var plans = service.ComparePlans(chosenDocs[0], chosenDocs[1], includeReference);
                    if (parse.GetValue(json)) new ComparisonJsonLinesWriter().Write(Console.Out, plans);
                    else if (parse.GetValue(csv)) WriteCsv(w => w.Write(Console.OpenStandardOutput(), plans));
                    else PrintPlans(plans, Titles(index));
                    return 0;
                }
                var comparison = service.Compare(kpi, chosenDocs, includeReference);
                if (comparison.Rows.Count == 0)
                {
                    var known = new RecordService(index).Measures(top: 20_000)
                        .Where(r => r.Scope == OpsKnowledge.Core.Records.RecordScope.Plan || includeReference)
                        .Select(r => r.Measure?.CanonicalName ?? r.Name);
                    var where = chosenDocs.Length > 0 ? $" in {string.Join(", ", chosenDocs)}" : "";
                    throw new UserError($"no plan states a target for {kpi}{where}{NameSuggestions.Suffix(kpi, known)}");
                }
                if (parse.GetValue(json)) new ComparisonJsonLinesWriter().Write(Console.Out, comparison);
                else if (parse.GetValue(csv)) WriteCsv(w => w.Write(Console.OpenStandardOutput(), comparison));
                else PrintKpi(comparison, Titles(index));
                return 0;
            }
            catch (ArgumentException ex)
            {
                throw new UserError(ex.Message);
            }
        });
        return command;
    }

    private static void WriteCsv(Action<ComparisonCsvWriter> write)
    {
        Console.Out.Flush();
        write(new ComparisonCsvWriter());
    }

    /// <summary>Each plan's title by file name, shown beside it.</summary>
    private static IReadOnlyDictionary<string, string> Titles(IDocumentStore index) => new DocumentService(index).Titles();

    private static string Named(string doc, IReadOnlyDictionary<string, string> titles) =>
        titles.TryGetValue(doc, out var title) ? $"{doc}\n《{title}》" : doc;

    internal static void PrintKpi(KpiComparison comparison, IReadOnlyDictionary<string, string> titles)
    {
        if (comparison.Rows.Count == 0)
        {
            Terminal.WriteLine($"no plan states a target for {comparison.Query}");
            return;
        }
        var direction = comparison.Direction switch { Core.Records.Direction.Up => " (higher is better)", Core.Records.Direction.Down => " (lower is better)", _ => "" };
        AnsiConsole.WriteLine(Terminal.Safe($"{comparison.Kpi}{direction} — {comparison.Rows.Count} rows from {comparison.Rows.Select(r => r.Doc).Distinct().Count()} plans"));
        var table = new Table().AddColumns("doc", "period", "value", "baseline", "number", "unit", "converted", "section", "where");
        foreach (var row in comparison.Rows)
        {
            var converted = row.ConvertedNumber is { } c ? $"{UnitConverter.Format(c)} {row.ConvertedUnit}" + Mark(row) : "";
            var where = row.Source.Table is { } t ? $"table {t + 1} r{row.Source.Row} c{row.Source.Col}" : $"@{row.Source.Start}";
            table.AddRow(Esc(Named(row.Doc, titles)), Esc(row.Period), Esc(row.Uncertain ? $"{row.Value} {RecordTables.UncertainMark}" : row.Value), Esc(row.Baseline), Esc(row.Number?.ToString()), Esc(row.Unit), Esc(converted), Esc(row.Section), where);
        }
        AnsiConsole.Write(table);
        if (comparison.Spread is { } spread)
        {
            AnsiConsole.WriteLine($"spread ({spread.Count} comparable values, {spread.Unit}, {PeriodGrains.Label(spread.Grain)}): min {UnitConverter.Format(spread.Min)} · median {UnitConverter.Format(spread.Median)} · max {UnitConverter.Format(spread.Max)}" +
                (spread.Outliers.Count > 0 ? $" · outliers: {string.Join(", ", spread.Outliers)}" : ""));
        }
        foreach (var row in comparison.Rows.Where(r => r.Uncertain))
        {
            Terminal.WriteLine($"{RecordTables.UncertainMark} uncertain, not in the spread: {row.Doc} {row.Period} {row.Value}: {row.UncertainBecause ?? "rests on a guessed repair"}");
        }
        foreach (var note in comparison.Rows.Where(r => r.Conversion is not null).Select(r => r.Conversion).Distinct())
        {
            AnsiConsole.WriteLine(Terminal.Safe($"converted: {note}"));
        }
    }

    // Rows outside the spread say why: a reference or background figure, or another unit or period length than the compared group.
    private static string Mark(ComparisonRow row) =>
        row.Outlier ? " (outlier)" : row.Comparable ? "" : row.Context ? " (context)" : row.Uncertain ? " (uncertain)" : " (not compared)";

    private static void PrintPlans(PlanComparison plans, IReadOnlyDictionary<string, string> titles)
    {
        var table = new Table().AddColumns("KPI", "period", Esc(Named(plans.DocA, titles)), Esc(Named(plans.DocB, titles)), "B − A");
        foreach (var pair in plans.Pairs)
        {
            table.AddRow(Esc(pair.Kpi), Esc(pair.Period), Esc(PairValue(pair.A)), Esc(PairValue(pair.B)), Esc(pair.Difference is { } d ? $"{UnitConverter.Format(d)} {pair.Unit}" : ""));
        }
        AnsiConsole.Write(table);
        foreach (var row in plans.Pairs.SelectMany(p => new[] { p.A, p.B }).OfType<ComparisonRow>().Where(r => r.Uncertain))
        {
            Terminal.WriteLine($"{RecordTables.UncertainMark} uncertain, not differenced: {row.Doc} {row.Kpi} {row.Value}: {row.UncertainBecause ?? "rests on a guessed repair"}");
        }
        AnsiConsole.WriteLine(Terminal.Safe($"shared {plans.Shared.Count()} · only in {plans.DocA}: {plans.OnlyA.Count()} · only in {plans.DocB}: {plans.OnlyB.Count()}"));
    }

    private static string PairValue(ComparisonRow? row) =>
        row is null ? "—" : row.Uncertain ? $"{row.Value} {RecordTables.UncertainMark}" : row.Value ?? "";

    private static string Esc(string? text) => Terminal.Escape(text ?? "");
}
