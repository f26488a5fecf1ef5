using System.CommandLine;
using OpsKnowledge.Application.Bootstrap;
using OpsKnowledge.Planning.Bootstrap;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk bootstrap: a new plan skeleton (shared outline, pre-filled target, KPI, risk and milestone tables) from earlier plans.</summary>
public static class BootstrapCommand
{
    public static Command Create()
    {
        var from = new Option<string[]>("--from") { Description = "Start from these documents (repeat --from)" };
        var like = new Option<string?>("--like") { Description = "Start from the plans that best match this query" };
        var count = new Option<int>("--count") { Description = "With --like: how many plans", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var title = new Option<string?>("--title") { Description = "Title of the new plan" };
        var output = new Option<string>("--out") { Description = "Output file: .md, .docx or .xlsx", Required = true };
        var command = new Command("bootstrap", """
            Start a new plan from earlier ones: the section outline they share and their tables (yearly targets, KPIs with
            baseline and target, risk register, milestones) pre-filled with the values found, a source column per row.

            Examples:
              opsk bootstrap --from cold-chain-operations-plan.md --out new-plan.docx
              opsk bootstrap --like 冷链仓储运营 --count 2 --out draft.xlsx
              opsk bootstrap --from cold-chain-operations-plan.md --from wuliu-yuanqu-niandu-jihua.docx --title 2027年运营方案 --out draft.md
            """)
        {
            from, like, count, title, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (!BootstrapFormatResolver.TryFromPath(path, out _, out var formatError)) throw new UserError(formatError ?? "unknown output format");
            using var index = IndexOpener.ForReading(parse.GetValue(CliOptions.Index));
            var service = new BootstrapService(index);
            try
            {
                var chosen = (parse.GetValue(from) ?? []).Select(d => ShowCommand.Find(index, d).Id).ToList();
                var plans = service.ChoosePlans(chosen, parse.GetValue(like), parse.GetValue(count));
                var skeleton = service.Build(plans, parse.GetValue(title));
                SkeletonWriters.WriteFile(skeleton, path);
                Terminal.WriteLine($"wrote {path}: {skeleton.Outline.Count} headings, {skeleton.Tables.Sum(t => t.FilledRows)} pre-filled rows, from {string.Join(", ", plans.Select(p => p.Id))}");
                return 0;
            }
            catch (ArgumentException ex)
            {
                throw new UserError(ex.Message);
            }
            catch (IOException ex)
            {
                throw new UserError($"cannot write {path}: {ex.Message}");
            }
        });
        return command;
    }
}
