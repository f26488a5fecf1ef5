using System.Diagnostics;
using System.Text.Json;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;
using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Benchmarks.Search;

/// <summary>Ingests the bundled corpus with the default pipeline and scores the gold queries: recall@10 and MRR of the distinct sections hit, by query type; also times analysis and queries.</summary>
/// <remarks>Args: [repo root] [--verbose]. Run from the repository root by default.</remarks>
public static class SearchQualityBenchmark
{
    public static int Run(string[] args)
    {
        var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? ".";
        var verbose = args.Contains("--verbose");
        var corpus = Path.Combine(root, "corpus");
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests/gold/queries.json"))).RootElement;

        var folder = Path.Combine(Path.GetTempPath(), "opsk-search-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = KnowledgeIndex.Open(folder, options: DefaultIndexOptions.Instance);
            var clock = Stopwatch.StartNew();
            var ingest = new IngestService(DefaultPipeline.Instance, index).IngestAsync([corpus]).GetAwaiter().GetResult();
            Console.WriteLine($"ingested {ingest.Ingested} documents ({ingest.Sections} sections, {ingest.Records} records) in {clock.ElapsedMilliseconds} ms, all stages");
            var documents = index.Documents().Select(d => index.LoadDocument(d.Id)!).ToList();
            MeasureAnalysis(documents);

            // The gold judges the plans its relevant lists name; a hit in a plan it never judged (added to corpus/ later) is
            // neither right nor wrong, so it is left out of the ranking rather than counted as a miss (condensed-list evaluation).
            var judged = gold.EnumerateArray().SelectMany(q => q.GetProperty("relevant").EnumerateArray()).Select(r => r.GetProperty("doc").GetString()!).ToHashSet();
            Console.WriteLine($"judged documents: {judged.Count} of {documents.Count}; hits in the others are skipped");
            var byType = new Dictionary<string, List<(double Recall, double Rr)>>();
            var baseline = new List<(double Recall, double Rr)>();
            var sections = SectionTexts(documents.Where(d => judged.Contains(d.Id)).ToList());
            clock.Restart();
            foreach (var query in gold.EnumerateArray())
            {
                var text = query.GetProperty("query").GetString()!;
                var type = query.GetProperty("type").GetString()!;
                var relevant = query.GetProperty("relevant").EnumerateArray()
                    .Select(r => (Doc: r.GetProperty("doc").GetString()!, Section: Squeeze(r.GetProperty("section").GetString()!))).ToHashSet();
                // Gold relevance is per section; record hits name their section too, so rank the distinct sections hits fall in.
                var hits = index.Search(new SearchRequest { Query = text, Top = 100 }).Hits;
                var keys = hits.Where(h => judged.Contains(h.Doc)).Select(h => (h.Doc, Section: Squeeze(h.Section.Split(" > ")[^1]))).Distinct().Take(10).ToList();
                var found = relevant.Count(r => keys.Contains(r));
                var first = keys.FindIndex(relevant.Contains);
                var rr = first < 0 ? 0 : 1.0 / (first + 1);
                (byType.TryGetValue(type, out var list) ? list : byType[type] = []).Add(((double)found / relevant.Count, rr));
                var plain = SubstringSearch(sections, text);
                var plainFirst = plain.FindIndex(relevant.Contains);
                baseline.Add(((double)relevant.Count(r => plain.Contains(r)) / relevant.Count, plainFirst < 0 ? 0 : 1.0 / (plainFirst + 1)));
                if (verbose || found < relevant.Count)
                {
                    Console.WriteLine($"{type,-12} {text}: {found}/{relevant.Count}, first at {first + 1}");
                    if (verbose) foreach (var key in keys) Console.WriteLine($"    {(relevant.Contains(key) ? '+' : ' ')} {key.Doc} :: {key.Section}");
                }
            }
            var elapsed = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{gold.GetArrayLength()} queries in {elapsed:F0} ms ({elapsed / gold.GetArrayLength():F1} ms each, snippets included)");
            foreach (var (type, scores) in byType.OrderBy(t => t.Key))
            {
                Console.WriteLine($"{type,-12} n={scores.Count,2} recall@10={scores.Average(s => s.Recall):F2} MRR={scores.Average(s => s.Rr):F2}");
            }
            var all = byType.Values.SelectMany(v => v).ToList();
            Console.WriteLine($"{"all",-12} n={all.Count,2} recall@10={all.Average(s => s.Recall):F2} MRR={all.Average(s => s.Rr):F2}");
            Console.WriteLine();
            Console.WriteLine("| search | queries | MRR@10 | success@3 | recall@10 |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine($"| OpsKnowledge | {all.Count} | {all.Average(s => s.Rr):F3} | {all.Count(s => s.Rr >= 1.0 / 3):F0}/{all.Count} = {all.Count(s => s.Rr >= 1.0 / 3) / (double)all.Count:F3} | {all.Average(s => s.Recall):F3} |");
            Console.WriteLine($"| plain substring (baseline) | {baseline.Count} | {baseline.Average(s => s.Rr):F3} | {baseline.Count(s => s.Rr >= 1.0 / 3):F0}/{baseline.Count} = {baseline.Count(s => s.Rr >= 1.0 / 3) / (double)baseline.Count:F3} | {baseline.Average(s => s.Recall):F3} |");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    /// <summary>Each section's own text (heading to the next heading), keyed as the gold keys sections.</summary>
    private static List<((string Doc, string Section) Key, string Text)> SectionTexts(List<OpsKnowledge.Core.Model.Document> documents)
    {
        var result = new List<((string, string), string)>();
        foreach (var document in documents)
        {
            for (var i = 0; i < document.Sections.Count; i++)
            {
                var section = document.Sections[i];
                var end = i + 1 < document.Sections.Count ? document.Sections[i + 1].HeadingSpan.Start : section.Span.End;
                result.Add(((document.Id, Squeeze(section.Path[^1])), document.Text[section.HeadingSpan.Start..Math.Max(section.HeadingSpan.Start, end)]));
            }
        }
        return result;
    }

    /// <summary>The baseline a user has without OpsKnowledge: sections ranked by how many query words they contain verbatim (no segmentation, no script folding).</summary>
    private static List<(string Doc, string Section)> SubstringSearch(List<((string Doc, string Section) Key, string Text)> sections, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"')).Where(w => w.Length > 0).ToList();
        var include = words.Where(w => !w.StartsWith('-')).ToList();
        var exclude = words.Where(w => w.StartsWith('-') && w.Length > 1).Select(w => w[1..]).ToList();
        return sections
            .Select((s, order) => (s.Key, Order: order, Matches: include.Count(w => s.Text.Contains(w, StringComparison.Ordinal)), Excluded: exclude.Any(w => s.Text.Contains(w, StringComparison.Ordinal))))
            .Where(s => s.Matches > 0 && !s.Excluded)
            .OrderByDescending(s => s.Matches).ThenBy(s => s.Order)
            .Select(s => s.Key).Distinct().Take(10).ToList();
    }

    private static void MeasureAnalysis(List<OpsKnowledge.Core.Model.Document> documents)
    {
        var words = new ChineseAnalyzer();
        var bigrams = new ChineseBigramAnalyzer();
        var text = string.Concat(documents.Select(d => d.Text));
        Count(words, text);
        Count(bigrams, text);
        foreach (var (name, analyzer) in new[] { ("words", (Lucene.Net.Analysis.Analyzer)words), ("bigrams", bigrams) })
        {
            var clock = Stopwatch.StartNew();
            var tokens = 0;
            for (var i = 0; i < 5; i++) tokens = Count(analyzer, text);
            var seconds = clock.Elapsed.TotalSeconds / 5;
            Console.WriteLine($"{name}: {tokens} tokens from {text.Length} chars, {text.Length / seconds / 1e6:F2} M chars/s");
        }
        ChineseTextFolder.Fold(text);
        var folding = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) ChineseTextFolder.Fold(text);
        Console.WriteLine($"folding: {text.Length * 20 / folding.Elapsed.TotalSeconds / 1e6:F1} M chars/s");
    }

    private static int Count(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("f", text);
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken()) count++;
        stream.End();
        return count;
    }

    // Section names compared on letters and digits only: the structure stage writes "二 标题" where the gold has "二、标题".
    private static string Squeeze(string section) => string.Concat(section.Where(char.IsLetterOrDigit));
}
