using System.CommandLine;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Serialization;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk extract FILE: targets, KPIs, risks and milestones of one file, no index needed.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A plan document (.txt .md .html .pdf .docx)" };
        var json = CliOptions.Json("records");
        var command = new Command("extract", """
            Read, repair and structure one file and list its records (targets, KPIs, risks, milestones). Needs no index.

            Examples:
              opsk extract corpus/cold-chain-operations-plan.md
              opsk extract corpus/shequ-yanglao-yunying-fangan.pdf --json
            """)
        {
            file, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new UserError($"{path}: no such file");
            var processed = DefaultPipeline.Instance.Process(SourceFile.Load(path));
            if (processed.Error is { } error) throw new UserError($"{path}: {error}");
            if (parse.GetValue(json))
            {
                foreach (var record in processed.Records) Terminal.WriteLine(OpsJson.Serialize(record));
                return 0;
            }
            RecordTables.Print(processed.Records, showDoc: false);
            return 0;
        });
        return command;
    }
}
