using System.CommandLine;
using OpsKnowledge.Core.Serialization;
using Spectre.Console;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk docs: the ingested documents with their counts.</summary>
public static class DocsCommand
{
    public static Command Create()
    {
        var json = CliOptions.Json("documents");
        var command = new Command("docs", """
            List the ingested documents with their sections, tables, records and repairs.

            Examples:
              opsk docs
              opsk docs --json
            """)
        {
            json,
        };
        command.SetAction(parse =>
        {
            using var index = IndexOpener.ForReading(parse.GetValue(CliOptions.Index));
            var documents = index.Documents();
            if (parse.GetValue(json))
            {
                foreach (var document in documents) Terminal.WriteLine(OpsJson.Serialize(document));
                return 0;
            }
            var table = new Spectre.Console.Table().AddColumns("document", "format", "title", "sections", "tables", "records", "repairs");
            foreach (var d in documents)
            {
                var title = (d.Title ?? "") + (d.Partial ? " (partial)" : "");
                table.AddRow(Terminal.Escape(d.Id), d.Format, Terminal.Escape(title), d.Sections.ToString(), d.Tables.ToString(), d.Records.ToString(), d.Repairs.ToString());
            }
            AnsiConsole.Write(table);
            Terminal.WriteLine($"{documents.Count} documents in {index.Directory}");
            return 0;
        });
        return command;
    }
}
