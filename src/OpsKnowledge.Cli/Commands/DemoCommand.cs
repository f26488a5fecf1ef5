using System.CommandLine;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Bootstrap;
using OpsKnowledge.Application.Comparison;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Application.Documents;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk demo: ingests the bundled corpus into the index and shows what search and records give.</summary>
public static class DemoCommand
{
    private static readonly (string Query, string Why)[] Examples =
    [
        ("客户满意度", "a KPI: the KPI records come first, then the sections that discuss it"),
        ("運營效率", "a traditional-script query finds simplified text"),
        ("\"风险等级\" 应对措施", "a quoted phrase plus a word"),
    ];

    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder to ingest (default: the bundled corpus/ of this checkout)" };
        var output = new Option<string?>("--out") { Description = "Where to write the example plan skeleton (default: opsk-demo/new-plan.md in the temp folder)" };
        var command = new Command("demo", """
            Ingest the bundled corpus into the index (default location unless --index), show what the repair stage fixed in the
            damaged documents, run example searches, compare one KPI across plans and write a plan skeleton.

            Examples:
              opsk demo
              opsk demo --index /tmp/demo-index
              opsk demo --out draft.md
            """)
        {
            corpus, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(corpus) ?? CorpusLocator.Find()
                ?? throw new UserError("cannot find the bundled corpus/ folder; pass --corpus DIR");
            Terminal.WriteLine($"Ingesting {folder} …");
            using var index = IndexOpener.ForWriting(parse.GetValue(CliOptions.Index));
            var summary = await IngestCommand.Run(index, [folder], IngestOptions.Default, json: false, cancellationToken);

            PrintRepairs(index);

            foreach (var (query, why) in Examples)
            {
                Terminal.WriteLine("");
                Terminal.WriteLine($"$ opsk search {query}     # {why}");
                SearchCommand.Print(query, index.Search(new SearchRequest { Query = query, Top = 3 }));
            }

            var kpis = index.Records(new RecordFilter { Name = "客户满意度", Kind = EntryKindFilter.Of(RecordKind.Kpi) });
            Terminal.WriteLine("");
            Terminal.WriteLine("$ opsk records --name 客户满意度 --kind kpi     # one KPI across all plans, synonyms included");
            RecordTables.Print(kpis, showDoc: true);

            Terminal.WriteLine("");
            Terminal.WriteLine("$ opsk compare 客户满意度     # one KPI across plans: values, baselines, units, spread");
            CompareCommand.PrintKpi(new CompareService(index).Compare("客户满意度", [], includeReference: false), new DocumentService(index).Titles());

            var path = parse.GetValue(output) ?? Path.Combine(Path.GetTempPath(), "opsk-demo", "new-plan.md");
            Terminal.WriteLine("");
            Terminal.WriteLine($"$ opsk bootstrap --like 冷链仓储运营 --count 2 --out {path}     # a new plan from the outline and tables of similar ones");
            WriteSkeleton(index, path);

            Terminal.WriteLine("");
            Terminal.WriteLine("Next: opsk docs · opsk show DOC · opsk search QUERY · opsk records --kind risk · opsk --help");
            return summary.Failed > 0 ? 2 : 0;
        });
        return command;
    }

    /// <summary>Per damaged document: how many repairs of each kind, and a few of them as before → after.</summary>
    private static void PrintRepairs(IKnowledgeIndex index)
    {
        var damaged = index.Documents().Where(d => d.Repairs > 0 || d.Encoding is { } e && !e.StartsWith("utf", StringComparison.OrdinalIgnoreCase)).ToList();
        Terminal.WriteLine("");
        Terminal.WriteLine($"$ opsk show DOC --repairs     # what the repair stage fixed: {damaged.Count} of {index.Documents().Count} documents were damaged");
        foreach (var summary in damaged)
        {
            if (index.LoadDocument(summary.Id) is not { } document) continue;
            var report = document.Repair;
            var kinds = string.Join(", ", report.Repairs.GroupBy(r => r.Kind).Select(g => $"{g.Count()} {g.Key}"));
            var boilerplate = report.BoilerplateRemoved > 0 ? $", {report.BoilerplateRemoved} lines of site furniture removed" : "";
            Terminal.WriteLine($"{summary.Id}: encoding {report.Encoding ?? document.Encoding}, {report.Repairs.Count} repairs ({(kinds.Length > 0 ? kinds : "none")}){boilerplate}");
            foreach (var repair in report.Repairs.GroupBy(r => r.Kind).SelectMany(g => g.Take(2)).Take(3))
            {
                Terminal.WriteLine($"   {Shorten(repair.Before)}  →  {Shorten(repair.After)}");
            }
        }
    }

    private static void WriteSkeleton(IKnowledgeIndex index, string path)
    {
        try
        {
            var service = new BootstrapService(index);
            var plans = service.ChoosePlans([], "冷链仓储运营", 2);
            var skeleton = service.Build(plans, "2027年冷链仓储运营方案（草稿）");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            SkeletonWriters.WriteFile(skeleton, path);
            Terminal.WriteLine($"wrote {path}: {skeleton.Outline.Count} headings, {skeleton.Tables.Sum(t => t.FilledRows)} pre-filled rows, from {string.Join(", ", plans.Select(p => p.Id))}");
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write {path}: {ex.Message}");
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Replace("\r", " ").Replace("\n", " ");
        return line.Length > 40 ? line[..39] + "…" : line;
    }
}
