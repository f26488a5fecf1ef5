using System.CommandLine;
using OpsKnowledge.Application.Comparison;
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
              opsk compare 运营收入 --doc cold-chain-operations-plan.md --doc port-container-terminal-execution-plan.txt
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
            var chosenDocs = parse.GetValue(docs) ?? [];
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
                    else PrintPlans(plans);
                    return 0;
                }
                var comparison = service.Compare(kpi, chosenDocs, includeReference);
                if (parse.GetValue(json)) new ComparisonJsonLinesWriter().Write(Console.Out, comparison);
                else if (parse.GetValue(csv)) WriteCsv(w => w.Write(Console.OpenStandardOutput(), comparison));
                else PrintKpi(comparison);
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

    private static void PrintKpi(KpiComparison comparison)
    {
        if (comparison.Rows.Count == 0)
        {
            Terminal.WriteLine($"no plan states a target for {comparison.Query}");
            return;
        }
        AnsiConsole.WriteLine(Terminal.Safe($"{comparison.Kpi} — {comparison.Rows.Count} rows from {comparison.Rows.Select(r => r.Doc).Distinct().Count()} plans"));
        var table = new Table().AddColumns("doc", "period", "value", "baseline", "number", "unit", "converted", "section", "where");
        foreach (var row in comparison.Rows)
        {
            var converted = row.ConvertedNumber is { } c ? $"{c} {row.ConvertedUnit}" + (row.Outlier ? " (outlier)" : "") : "";
            var where = row.Source.Table is { } t ? $"table {t + 1} r{row.Source.Row} c{row.Source.Col}" : $"@{row.Source.Start}";
            table.AddRow(Esc(row.Doc), Esc(row.Period), Esc(row.Value), Esc(row.Baseline), Esc(row.Number?.ToString()), Esc(row.Unit), Esc(converted), Esc(row.Section), where);
        }
        AnsiConsole.Write(table);
        if (comparison.Spread is { } spread)
        {
            AnsiConsole.WriteLine($"spread ({spread.Count} comparable values, {spread.Unit}): min {spread.Min} · median {spread.Median} · max {spread.Max}" +
                (spread.Outliers.Count > 0 ? $" · outliers: {string.Join(", ", spread.Outliers)}" : ""));
        }
        foreach (var note in comparison.Rows.Where(r => r.Conversion is not null).Select(r => r.Conversion).Distinct())
        {
            AnsiConsole.WriteLine(Terminal.Safe($"converted: {note}"));
        }
    }

    private static void PrintPlans(PlanComparison plans)
    {
        var table = new Table().AddColumns("KPI", "period", Esc(plans.DocA), Esc(plans.DocB), "B − A");
        foreach (var pair in plans.Pairs)
        {
            table.AddRow(Esc(pair.Kpi), Esc(pair.Period), Esc(pair.A?.Value ?? "—"), Esc(pair.B?.Value ?? "—"), Esc(pair.Difference is { } d ? $"{d} {pair.Unit}" : ""));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(Terminal.Safe($"shared {plans.Shared.Count()} · only in {plans.DocA}: {plans.OnlyA.Count()} · only in {plans.DocB}: {plans.OnlyB.Count()}"));
    }

    private static string Esc(string? text) => Terminal.Escape(text ?? "");
}
