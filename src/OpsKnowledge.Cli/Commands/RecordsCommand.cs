using System.CommandLine;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk records: the extracted records in the index, filtered.</summary>
public static class RecordsCommand
{
    public static Command Create()
    {
        var kind = new Option<string?>("--kind") { Description = "target, kpi, risk or milestone" }.OneOf(OptionRules.RecordKinds);
        var doc = new Option<string?>("--doc") { Description = "Only this document" };
        var name = new Option<string?>("--name") { Description = "Indicator name or synonym (客户满意度 also finds 顾客满意度)" };
        var scope = new Option<string?>("--scope") { Description = "plan (the document's own) or reference (cited cases)" }.OneOf(OptionRules.Scopes);
        var period = new Option<string?>("--period") { Description = "Period, e.g. 第1年 or 2026年" };
        var json = CliOptions.Json("records");
        var command = new Command("records", """
            List extracted records across the ingested plans.

            Examples:
              opsk records --kind kpi
              opsk records --name 客户满意度 --json
              opsk records --kind risk --doc cold-chain-operations-plan.md
            """)
        {
            kind, doc, name, scope, period, json,
        };
        command.SetAction(parse =>
        {
            using var index = IndexOpener.ForReading(parse.GetValue(CliOptions.Index));
            var records = index.Records(new RecordFilter
            {
                Kind = EntryKindFilter.Parse(parse.GetValue(kind)),
                Doc = parse.GetValue(doc),
                Name = parse.GetValue(name),
                Scope = parse.GetValue(scope),
                Period = parse.GetValue(period),
            });
            if (parse.GetValue(json))
            {
                foreach (var record in records) Terminal.WriteLine(OpsJson.Serialize(record));
                return 0;
            }
            RecordTables.Print(records, showDoc: true);
            return 0;
        });
        return command;
    }
}
