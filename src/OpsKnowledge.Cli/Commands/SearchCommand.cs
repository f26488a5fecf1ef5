using System.CommandLine;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Application.Search;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using Spectre.Console;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk search QUERY: ranked sections and records with the matched terms marked.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "Words or \"quoted phrases\"; -word excludes", Arity = ArgumentArity.OneOrMore };
        var top = new Option<int>("--top") { Description = "How many hits (1–1000)", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var offset = new Option<int>("--offset") { Description = "Skip this many hits (the next page: --offset 10)", DefaultValueFactory = _ => 0 }.AtLeast(0);
        var doc = new Option<string?>("--doc") { Description = "Only this document (file name)" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: section, kpi, target, risk, milestone, record" }.OneOf(OptionRules.SearchKinds);
        var scope = new Option<string?>("--scope") { Description = "Only records of this scope: plan or reference" }.OneOf(OptionRules.Scopes);
        var period = new Option<string?>("--period") { Description = "Only records of this period (e.g. 第1年, 2026年)" };
        var json = CliOptions.Json("hits ({doc, section, kind, score, snippet, …})");
        var facets = new Option<bool>("--facets") { Description = "Also count the hits per kind, plan and scope (each under the other filters); with --json a last line {\"facets\":…}" };
        var command = new Command("search", """
            Search past plans. Traditional and simplified script, full- and half-width are all the same to search.

            Examples:
              opsk search 客户满意度
              opsk search 運營效率 --top 5
              opsk search 运营效率 --top 5 --offset 5
              opsk search "冷库周转率" --kind kpi --json
              opsk search 风险 -市场 --doc cold-chain-operations-plan.md
              opsk search 客户满意度 --facets
            """)
        {
            query, top, offset, doc, kind, scope, period, json, facets,
        };
        command.SetAction(parse =>
        {
            var text = string.Join(' ', parse.GetValue(query)!);
            if (string.IsNullOrWhiteSpace(text)) throw new UserError("the query is empty");
            using var index = IndexOpener.ForReading(parse.GetValue(CliOptions.Index));
            var onlyDoc = parse.GetValue(doc);
            if (!string.IsNullOrWhiteSpace(onlyDoc)) onlyDoc = ShowCommand.Find(index, onlyDoc).Id;
            var search = new SearchService(index);
            if (search.OutdatedDocuments() is > 0 and var outdated)
            {
                Console.Error.WriteLine($"note: {outdated} document(s) were indexed by an older version of opsk and are found only partly; run 'opsk ingest' on their folder again to re-index them");
            }
            var results = search.Search(new SearchRequest
            {
                Query = text,
                Top = Math.Min(parse.GetValue(top), 1000),
                Offset = parse.GetValue(offset),
                Doc = onlyDoc,
                Kind = EntryKindFilter.Parse(parse.GetValue(kind)),
                Scope = parse.GetValue(scope),
                Period = parse.GetValue(period),
                WithFacets = parse.GetValue(facets),
            });
            if (results.KeyTerms is { } keyTerms) Console.Error.WriteLine(KeyTermsNote(keyTerms));
            if (parse.GetValue(json))
            {
                foreach (var hit in results.Hits) Terminal.WriteLine(OpsJson.Serialize(hit));
                if (results.Facets is { } counted) Terminal.WriteLine(OpsJson.Serialize(new FacetsLine(counted)));
                return 0;
            }
            Print(text, results);
            if (results.Facets is { } counts) PrintFacets(counts);
            return 0;
        });
        return command;
    }

    /// <summary>Hits per kind, plan and scope, one line each: "by kind: section 12 · kpi 5".</summary>
    public static void PrintFacets(SearchFacets facets)
    {
        var bound = facets.IsLowerBound ? " (at least)" : "";
        foreach (var (name, counts) in new[] { ("kind", facets.Kinds), ("plan", facets.Docs), ("scope", facets.Scopes) })
        {
            if (counts.Count == 0) continue;
            Terminal.WriteLine($"by {name}{bound}: {string.Join(" · ", counts.Select(c => $"{c.Value} {c.Count}"))}");
        }
    }

    /// <summary>The last line of search --json --facets.</summary>
    private sealed record FacetsLine(SearchFacets Facets);

    public static string KeyTermsNote(IReadOnlyList<string> keyTerms) =>
        keyTerms.Count == 0
            ? "note: the query is long and none of its words is in the index"
            : $"note: the query is long; searched for its {keyTerms.Count} key terms: {string.Join(' ', keyTerms)}";

    public static void Print(string query, SearchResults results)
    {
        if (results.Hits.Count == 0)
        {
            Terminal.WriteLine(results.Offset > 0 && results.TotalHits > 0
                ? $"no hits after the first {results.TotalHits} for {query}"
                : $"no results for {query}");
            return;
        }
        var markup = Terminal.IsInteractive;
        var rank = results.Offset;
        foreach (var hit in results.Hits)
        {
            rank++;
            var snippet = Terminal.Marked(hit.Snippet, hit.Highlights.Select(h => (h.Start, h.End)), markup);
            var title = hit.Title is { Length: > 0 } t ? $" 《{t}》" : "";
            var header = $"{rank}. {hit.Doc}{title}  ›  {hit.Section}   [{hit.Kind}, {hit.Score:F2}]";
            if (markup)
            {
                AnsiConsole.MarkupLine($"[bold]{Terminal.Escape(header)}[/]");
                AnsiConsole.MarkupLine($"   {snippet}");
            }
            else
            {
                Terminal.WriteLine(header);
                Terminal.WriteLine($"   {snippet}");
            }
            if (hit.Records is { Count: > 1 } records)
            {
                Terminal.WriteLine($"   records: {string.Join(" · ", records.Select(r => $"{RecordKinds.Of(r.Kind).WireName} {r.Name}{(r.Measure?.Value is { } v ? " " + v : "")}"))}");
            }
        }
        var shown = results.Offset == 0 ? $"{results.Hits.Count}" : $"{results.Offset + 1}–{results.Offset + results.Hits.Count}";
        var more = results.Offset + results.Hits.Count < results.TotalHits ? $"; next page: --offset {results.Offset + results.Hits.Count}" : "";
        Terminal.WriteLine($"({shown} of {results.TotalHits}{(results.TotalHitsIsLowerBound ? "+" : "")} hits{more})");
    }
}
