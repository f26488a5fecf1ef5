using System.CommandLine;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Search;

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
        var command = new Command("demo", """
            Ingest the bundled corpus into the index (default location unless --index) and run example searches.

            Examples:
              opsk demo
              opsk demo --index /tmp/demo-index
            """)
        {
            corpus,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(corpus) ?? CorpusLocator.Find()
                ?? throw new UserError("cannot find the bundled corpus/ folder; pass --corpus DIR");
            Terminal.WriteLine($"Ingesting {folder} …");
            using var index = IndexOpener.ForWriting(parse.GetValue(CliOptions.Index));
            var summary = await IngestCommand.Run(index, [folder], IngestOptions.Default, json: false, cancellationToken);

            foreach (var (query, why) in Examples)
            {
                Terminal.WriteLine("");
                Terminal.WriteLine($"$ opsk search {query}     # {why}");
                SearchCommand.Print(query, index.Search(new SearchRequest { Query = query, Top = 3 }));
            }

            var kpis = index.Records(new RecordFilter { Name = "客户满意度", Kind = "kpi" });
            Terminal.WriteLine("");
            Terminal.WriteLine("$ opsk records --name 客户满意度 --kind kpi     # one KPI across all plans, synonyms included");
            RecordTables.Print(kpis, showDoc: true);

            Terminal.WriteLine("");
            Terminal.WriteLine("Next: opsk docs · opsk show DOC · opsk search QUERY · opsk records --kind risk · opsk --help");
            return summary.Failed > 0 ? 2 : 0;
        });
        return command;
    }
}
