using System.CommandLine;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Core.Search;
using Spectre.Console;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk show DOC: a document's outline and tables, one section's text, or the repairs made to it.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var doc = new Argument<string>("doc") { Description = "Document (file name, or a unique beginning of it)" };
        var section = new Option<string?>("--section") { Description = "Show this section's text: its number (3.2, 第三章), its title or part of it" };
        var repairs = new Option<bool>("--repairs") { Description = "Show what the repair stage changed (original vs repaired)" };
        var tables = new Option<bool>("--tables") { Description = "Show the document's tables cell by cell" };
        var json = CliOptions.Json("the whole document model");
        var command = new Command("show", """
            Show an ingested document: its outline and tables, one section's text, or its repairs.

            Examples:
              opsk show cold-chain-operations-plan.md
              opsk show cold-chain-operations-plan.md --section 3.2
              opsk show shequ-zhangzhe-shitang-fangan.html --repairs
            """)
        {
            doc, section, repairs, tables, json,
        };
        command.SetAction(parse =>
        {
            using var index = IndexOpener.ForReading(parse.GetValue(CliOptions.Index));
            var document = Find(index, parse.GetValue(doc)!);
            if (parse.GetValue(json))
            {
                Terminal.WriteLine(OpsJson.Serialize(document));
                return 0;
            }
            if (parse.GetValue(section) is { } wanted) return PrintSection(document, wanted);
            if (parse.GetValue(repairs)) return PrintRepairs(document, index.Records(new RecordFilter { Doc = document.Id, Top = 100_000 }));
            PrintOutline(document);
            if (parse.GetValue(tables)) PrintTables(document);
            return 0;
        });
        return command;
    }

    public static Document Find(IDocumentStore index, string name)
    {
        if (index.LoadDocument(name) is { } exact) return exact;
        var ids = index.Documents().Select(d => d.Id).ToList();
        var matches = ids.Where(id => id.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0) matches = ids.Where(id => id.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => index.LoadDocument(matches[0]) ?? throw new UserError($"document {matches[0]} could not be loaded from the index"),
            0 => throw new UserError($"no document named '{name}' in the index{NameSuggestions.Suffix(name, ids)} (see 'opsk docs')"),
            _ => throw new UserError($"'{name}' names several documents: {string.Join(", ", matches.Take(5))}"),
        };
    }

    private static void PrintOutline(Document document)
    {
        Terminal.WriteLine($"{document.Id}  ({document.Format}{(document.Encoding is null ? "" : ", " + document.Encoding)}, {document.Sections.Count} sections, {document.Tables.Count()} tables, {document.Repair.Repairs.Count} repairs{(document.Repair.Partial ? ", partial" : "")})");
        if (document.Title is { Length: > 0 } title) Terminal.WriteLine(title);
        Terminal.WriteLine("");
        foreach (var section in document.Sections)
        {
            var tableCount = document.Blocks.OfType<OpsKnowledge.Core.Model.Table>().Count(t => t.SectionIndex == section.Index);
            var page = section.Page is { } p ? $"  p.{p}" : "";
            var suffix = tableCount > 0 ? $"  [{tableCount} table{(tableCount > 1 ? "s" : "")}]" : "";
            Terminal.WriteLine($"{new string(' ', 2 * (section.Level - 1))}{section.Heading}{suffix}{page}");
        }
    }

    private static void PrintTables(Document document)
    {
        foreach (var table in document.Tables)
        {
            var where = table.SectionIndex is { } s ? document.Sections[s].PathText : "(before the first heading)";
            AnsiConsole.WriteLine();
            AnsiConsole.WriteLine(Terminal.Safe($"table {table.Index + 1} — {where}{(table.Page is { } p ? $" (p.{p})" : "")}"));
            var grid = new Spectre.Console.Table();
            for (var c = 0; c < table.ColumnCount; c++) grid.AddColumn(Terminal.Escape(table.HeaderOf(c)));
            foreach (var row in table.BodyRows)
            {
                grid.AddRow(Enumerable.Range(0, table.ColumnCount).Select(c => Terminal.Escape(c < row.Count ? row[c].Text : "")).ToArray());
            }
            AnsiConsole.Write(grid);
        }
    }

    private static int PrintSection(Document document, string wanted)
    {
        var section = document.Sections.FirstOrDefault(s => s.Number == wanted || s.Heading == wanted)
            ?? document.Sections.FirstOrDefault(s => s.Title == wanted)
            ?? document.Sections.FirstOrDefault(s => s.Heading.Contains(wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new UserError($"no section '{wanted}' in {document.Id}{NameSuggestions.Suffix(wanted, document.Sections.Select(s => s.Heading))} (run 'opsk show {document.Id}' for its outline)");
        Terminal.WriteLine(section.PathText);
        Terminal.WriteLine("");
        Terminal.WriteLine(document.Slice(section.Span).TrimEnd());
        return 0;
    }

    private static int PrintRepairs(Document document, IReadOnlyList<OpsKnowledge.Core.Records.Record> records)
    {
        var report = document.Repair;
        var marker = OpsKnowledge.Application.UncertainRecordMarker.Default;
        var doubtful = marker.DoubtfulSpans(document);
        // Which records rest on each guessed repair or unrecovered span: the same overlap the ingest used to mark them.
        string RestingOn(object item)
        {
            var spans = doubtful.Where(d => ReferenceEquals(d, item) || ReferenceEquals(d.Repair, item) || ReferenceEquals(d.Unrecovered, item)).ToList();
            var ids = records.Where(r => marker.RestsOn(document, r, spans).Any()).Select(r => r.Id).ToList();
            return ids.Count == 0 ? "" : $"  records resting on it: {string.Join(", ", ids)}";
        }
        Terminal.WriteLine($"{document.Id}: encoding {report.Encoding ?? document.Encoding ?? "n/a"}, {report.Repairs.Count} repairs, {report.Unrecovered.Count} unrecovered spans, {report.BoilerplateRemoved} boilerplate lines removed{(report.Partial ? $", partial ({report.PagesShown}/{report.PagesTotal} pages shown)" : "")}");
        foreach (var group in report.Repairs.GroupBy(r => r.Kind))
        {
            Terminal.WriteLine("");
            Terminal.WriteLine($"{group.Key} ({group.Count()})");
            foreach (var repair in group)
            {
                var guess = repair.IsGuess
                    ? $"  GUESS{(repair.Alternatives is { Count: > 0 } alternatives ? $" (alternatives: {string.Join(", ", alternatives.Select(OneLine))})" : "")}{RestingOn(repair)}"
                    : "";
                Terminal.WriteLine($"  @{repair.Start}: {OneLine(repair.Before)}  →  {OneLine(repair.After)}  ({repair.Confidence:F2}){guess}");
            }
        }
        if (report.Unrecovered.Count > 0)
        {
            Terminal.WriteLine("");
            Terminal.WriteLine("unrecovered");
            foreach (var span in report.Unrecovered) Terminal.WriteLine($"  @{span.Start}: {OneLine(span.Text)}  ({span.Reason}){RestingOn(span)}");
        }
        var undecodable = doubtful.Where(d => d.Repair is null && d.Unrecovered is null).ToList();
        if (undecodable.Count > 0)
        {
            // Bytes the decoder could not read stay in the text as U+FFFD; offsets here are into the document text.
            Terminal.WriteLine("");
            Terminal.WriteLine($"undecodable bytes left in the text ({undecodable.Count})");
            foreach (var lost in undecodable)
            {
                var from = Math.Max(0, lost.Span.Start - 12);
                var to = Math.Min(document.Text.Length, lost.Span.End + 12);
                Terminal.WriteLine($"  text@{lost.Span.Start}: {OneLine(document.Text[from..to])}{RestingOn(lost)}");
            }
        }
        return 0;
    }

    private static string OneLine(string text)
    {
        var line = text.Replace("\r", "\\r").Replace("\n", "\\n");
        return line.Length > 80 ? line[..77] + "…" : line;
    }
}
