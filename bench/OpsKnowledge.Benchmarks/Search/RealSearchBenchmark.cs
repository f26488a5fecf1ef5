using System.Diagnostics;
using System.Text.Json;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;

namespace OpsKnowledge.Benchmarks.Search;

/// <summary>
/// Search quality on the real development documents (shared/real-dev/docs): ingests them with the default pipeline and scores
/// the judged consultant queries of <c>real-queries.json</c> by MRR@10, P@5 and recall@10 of the judged passages, per fixed half.
/// </summary>
/// <remarks>Args: [--dir DIR holding docs/] [--queries FILE] [--verbose] [--show-check]. Check-half failures are listed only with
/// --show-check: tuning looks at the tune half alone.</remarks>
public static class RealSearchBenchmark
{
    public static int Run(string[] args)
    {
        var dir = Option(args, "--dir") ?? RealDevFolder.Locate();
        if (dir is null || !Directory.Exists(Path.Combine(dir, "docs")))
        {
            Console.Error.WriteLine("search-real: real-dev folder not found (give --dir DIR holding docs/)");
            return 1;
        }
        var queriesPath = Option(args, "--queries") ?? RealDevFolder.Queries();
        var queries = RealQuery.Load(queriesPath);
        var verbose = args.Contains("--verbose");
        var showCheck = args.Contains("--show-check");

        var folder = Path.Combine(Path.GetTempPath(), "opsk-search-real-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = KnowledgeIndex.Open(folder, options: DefaultIndexOptions.Instance);
            var clock = Stopwatch.StartNew();
            var ingest = new IngestService(DefaultPipeline.Instance, index).IngestAsync([Path.Combine(dir, "docs")]).GetAwaiter().GetResult();
            Console.WriteLine($"ingested {ingest.Ingested} documents ({ingest.Sections} sections, {ingest.Records} records) in {clock.ElapsedMilliseconds} ms");
            var texts = index.Documents().ToDictionary(d => d.Id, d => index.LoadDocument(d.Id)!.Text, StringComparer.Ordinal);
            ReportSiteResidue(texts);

            var scores = new List<(RealQuery Query, double Rr, double P5, double Recall)>();
            var unlocated = 0;
            clock.Restart();
            foreach (var query in queries)
            {
                var judged = query.Relevant.Select(r => new JudgedPassage(r.Doc, r.Quote, Locate(texts, r.Doc, r.Quote))).ToList();
                foreach (var passage in judged.Where(p => p.Spans.Count == 0))
                {
                    unlocated++;
                    Console.WriteLine($"  {query.Id}: judged quote not found in the ingested text of {passage.Doc}: {passage.Quote}");
                }
                var hits = index.Search(new SearchRequest { Query = query.Query, Top = 10 }).Hits;
                var relevance = hits.Select(h => judged.Any(p => p.Answers(h))).ToList();
                var first = relevance.IndexOf(true);
                var rr = first < 0 ? 0 : 1.0 / (first + 1);
                var p5 = relevance.Take(5).Count(r => r) / 5.0;
                var recall = judged.Count(p => hits.Any(p.Answers)) / (double)judged.Count;
                scores.Add((query, rr, p5, recall));
                var show = (verbose || rr < 1) && (query.Half == "tune" || showCheck);
                if (!show) continue;
                Console.WriteLine($"{query.Half,-5} {query.Id} {query.Query}: RR {rr:F2}, P@5 {p5:F1}, recall@10 {recall:F2}");
                for (var i = 0; i < hits.Count; i++)
                {
                    var hit = hits[i];
                    var label = hit.Record is { } r ? $"{hit.Kind}/{r.Scope.ToString().ToLowerInvariant()} {r.Name}={r.Measure?.Value}" : hit.Kind;
                    var snippet = hit.Snippet.Length > 60 ? hit.Snippet[..60] + "…" : hit.Snippet;
                    Console.WriteLine($"   {(relevance[i] ? '+' : ' ')}{i + 1,2}. {hit.Doc} › {Last(hit.Section)} [{label}] {snippet.ReplaceLineEndings(" ")}");
                }
            }
            var elapsed = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{queries.Count} queries in {elapsed:F0} ms; {unlocated} judged quotes not located");
            Console.WriteLine();
            Console.WriteLine("| half | queries | MRR@10 | P@5 | recall@10 |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var half in new[] { "tune", "check" })
            {
                var part = scores.Where(s => s.Query.Half == half).ToList();
                if (part.Count == 0) continue;
                Console.WriteLine($"| {half} | {part.Count} | {part.Average(s => s.Rr):F3} | {part.Average(s => s.P5):F3} | {part.Average(s => s.Recall):F3} |");
            }
            Console.WriteLine($"| all | {scores.Count} | {scores.Average(s => s.Rr):F3} | {scores.Average(s => s.P5):F3} | {scores.Average(s => s.Recall):F3} |");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    // Lines a news site prints around an article that boilerplate removal must drop (toolbar, share widgets, footers).
    private static readonly string[] SiteControlLines = ["打印", "全屏", "收藏", "【字号：", "【字体：", "加大", "减小", "分享：", "分享到:", "责任编辑：", "相关报道：", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "您的位置:"];

    /// <summary>How many site-control lines are left in the ingested text, per document: page residue indexed as content.</summary>
    private static void ReportSiteResidue(Dictionary<string, string> texts)
    {
        var left = texts.Select(t => (Doc: t.Key, Lines: t.Value.Split('\n').Count(l => Array.IndexOf(SiteControlLines, l.Trim()) >= 0))).Where(t => t.Lines > 0).ToList();
        Console.WriteLine(left.Count == 0
            ? "site residue: no site-control line left in the ingested text"
            : $"site residue: {left.Sum(t => t.Lines)} site-control lines left ({string.Join(", ", left.Select(t => $"{t.Doc} {t.Lines}"))})");
    }

    /// <summary>Every place the quote occurs in the ingested text of the document (empty when the document or the quote is missing).</summary>
    private static List<(int Start, int End)> Locate(Dictionary<string, string> texts, string doc, string quote)
    {
        var spans = new List<(int, int)>();
        if (!texts.TryGetValue(doc, out var text)) return spans;
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            spans.Add((at, at + quote.Length));
        }
        return spans;
    }

    private static string Last(string section) => section.Length == 0 ? "(preamble)" : section.Split(" > ")[^1];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>A judged passage located in the ingested text: a hit answers it when the hit's entry (a section's text, a record's
    /// source) overlaps the quote, or the hit's evidence holds it (a table cell record's evidence is the cell, inside the quote).</summary>
    private sealed record JudgedPassage(string Doc, string Quote, List<(int Start, int End)> Spans)
    {
        public bool Answers(SearchHit hit)
        {
            if (!string.Equals(hit.Doc, Doc, StringComparison.Ordinal)) return false;
            if (Spans.Any(s => s.Start < hit.End && hit.Start < s.End)) return true;
            var evidence = hit.Record?.Evidence;
            return evidence is { Length: > 0 } && (evidence.Contains(Quote, StringComparison.Ordinal) || Quote.Contains(evidence, StringComparison.Ordinal));
        }
    }

    /// <summary>One judged query of real-queries.json.</summary>
    private sealed record RealQuery(string Id, string Half, string Type, string Query, List<(string Doc, string Quote)> Relevant)
    {
        public static List<RealQuery> Load(string path)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new RealQuery(
                q.GetProperty("id").GetString()!,
                q.GetProperty("half").GetString()!,
                q.GetProperty("type").GetString()!,
                q.GetProperty("query").GetString()!,
                q.GetProperty("relevant").EnumerateArray().Select(r => (r.GetProperty("doc").GetString()!, r.GetProperty("quote").GetString()!)).ToList())).ToList();
        }
    }
}
