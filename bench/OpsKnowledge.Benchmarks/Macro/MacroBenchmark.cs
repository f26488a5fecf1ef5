using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Benchmarks.CorpusGeneration;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Extract;
using OpsKnowledge.Repair;
using OpsKnowledge.Search;
using OpsKnowledge.Search.Indexing;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Ingests a generated corpus of one size into a fresh index with the real IngestService and DefaultPipeline, re-ingests it, and measures search.</summary>
public static class MacroBenchmark
{
    public static int Run(string[] args)
    {
        var size = int.Parse(CorpusGenerator.Option(args, "--size") ?? "1000", CultureInfo.InvariantCulture);
        var seed = int.Parse(CorpusGenerator.Option(args, "--seed") ?? "7", CultureInfo.InvariantCulture);
        var work = CorpusGenerator.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "opsk-perf");
        var httpBase = CorpusGenerator.Option(args, "--http");
        var corpus = Path.Combine(work, $"corpus-{size}");
        var indexDirectory = Path.Combine(work, $"index-{size}");
        var loadBefore = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";
        if (args.Contains("--http-only")) return HttpOnly(work, size, httpBase);

        var manifest = CorpusGenerator.Generate(CorpusMaterial.Load(CorpusGenerator.Option(args, "--corpus") ?? CorpusLocator.Find()!), size, seed, corpus);
        Console.WriteLine($"[macro {size}] corpus {manifest.Bytes / 1e6:F1} MB, load {loadBefore}");

        var stages = new StageClock();
        var pipeline = DefaultPipeline.CreateBuilder(new TimedRepairer(new TextRepairer(), stages))
            .UseExtractor(new TimedExtractor(new RecordExtractor(), stages))
            .ObserveReads(new TimedReader(stages))
            .Build();
        WarmUp(pipeline, corpus);
        stages.Clear();

        if (Directory.Exists(indexDirectory)) Directory.Delete(indexDirectory, recursive: true);
        IngestSummary summary;
        double cpuSeconds;
        using var memory = new MemorySampler(TimeSpan.FromMilliseconds(200));
        using (var index = KnowledgeIndex.Open(indexDirectory, options: DefaultIndexOptions.Instance))
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            summary = new IngestService(pipeline, index).IngestAsync([corpus]).GetAwaiter().GetResult();
            cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        }
        var peakAfterIngest = ProcessMemory.PeakResidentBytes();
        var peakAnonymousInIngest = memory.PeakAnonymousBytes;
        var wall = summary.Elapsed.TotalSeconds;
        Console.WriteLine($"[macro {size}] ingest {summary.Ingested} ok, {summary.Failed} failed in {wall:F1} s, CPU {cpuSeconds / wall * 100:F0}%");

        IngestSummary again;
        using (var index = KnowledgeIndex.Open(indexDirectory, options: DefaultIndexOptions.Instance))
        {
            again = new IngestService(pipeline, index).IngestAsync([corpus]).GetAwaiter().GetResult();
        }
        Console.WriteLine($"[macro {size}] re-ingest {again.Unchanged} unchanged in {again.Elapsed.TotalSeconds:F2} s");

        var queries = QuerySet.Build();
        Latency search;
        Latency firstPass = null!;
        double meanHits;
        using (var index = KnowledgeIndex.Open(indexDirectory, readOnly: true, DefaultIndexOptions.Instance))
        {
            // The first pass runs on a freshly opened index (JIT, page cache, cached filters cold): what a one-shot `opsk search`
            // sees. The second pass is a running server's steady state, and is the figure the target is read against.
            var times = new List<double>();
            long hits = 0;
            for (var pass = 0; pass < 2; pass++)
            {
                times.Clear();
                hits = 0;
                foreach (var query in queries)
                {
                    var start = Stopwatch.GetTimestamp();
                    var results = index.Search(new SearchRequest { Query = query });
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    hits += results.TotalHits;
                }
                if (pass == 0) firstPass = Latency.Of(times);
            }
            search = Latency.Of(times);
            meanHits = hits / (double)queries.Count;
        }
        Console.WriteLine($"[macro {size}] search p50 {search.P50:F2} ms p95 {search.P95:F2} ms p99 {search.P99:F2} ms (first pass on the opened index: p50 {firstPass.P50:F2} p99 {firstPass.P99:F2} ms)");

        var probe = IndexProbe.Measure(pipeline, corpus, work);
        Console.WriteLine($"[macro {size}] index probe: upsert only {probe.UpsertOnlyMsPerDocument:F1} ms/doc, hash lookup + upsert {probe.LookupAndUpsertMsPerDocument:F1} ms/doc ({probe.Documents} docs, one thread)");
        var grep = GrepLatency(corpus);
        var (http, httpNote) = httpBase is null ? (null, "no server given (--http)") : HttpLatency.Measure(httpBase, queries);

        var byFormat = summary.Files.Where(f => f.Status == IngestStatus.Ingested)
            .GroupBy(f => Path.GetExtension(f.Path).TrimStart('.').ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Elapsed.TotalSeconds));
        var formatBytes = summary.Files.Where(f => f.Status == IngestStatus.Ingested)
            .GroupBy(f => Path.GetExtension(f.Path).TrimStart('.').ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Bytes));
        var totalThread = byFormat.Values.Sum();
        double Share(params string[] formats) => totalThread == 0 ? 0 : formats.Sum(f => byFormat.GetValueOrDefault(f)) / totalThread;
        var textBytes = new[] { "txt", "md", "html", "htm" }.Sum(f => formatBytes.GetValueOrDefault(f));
        var textShare = Share("txt", "md", "html", "htm");
        var pdfShare = Share("pdf");

        var stageSeconds = stages.AllSeconds();
        var measured = stageSeconds.Values.Sum() - stageSeconds.Where(s => s.Key.StartsWith("repair:", StringComparison.Ordinal)).Sum(s => s.Value);
        // The readers call the repair stage, so a read's time holds its repair's: take it out to show read + structure alone.
        foreach (var read in stageSeconds.Keys.Where(k => k.StartsWith("read:", StringComparison.Ordinal)).ToArray())
        {
            stageSeconds[read] -= stageSeconds.GetValueOrDefault("repair:" + read[5..]);
        }
        stageSeconds["index (per-file time minus read, repair and extract)"] = Math.Max(0, totalThread - measured);

        var result = new MacroResult
        {
            Documents = size,
            Bytes = manifest.Bytes,
            TakenAt = DateTimeOffset.UtcNow,
            LoadBefore = loadBefore,
            LoadAfter = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "",
            Ingested = summary.Ingested,
            Failed = summary.Failed,
            IngestSeconds = wall,
            CpuSeconds = cpuSeconds,
            DocumentsPerSecond = summary.Ingested / wall,
            MegabytesPerSecond = summary.Bytes / 1e6 / wall,
            TextMegabytesPerSecond = textShare == 0 ? 0 : textBytes / 1e6 / (wall * textShare),
            PdfPagesPerSecond = pdfShare == 0 ? 0 : manifest.PdfPages / (wall * pdfShare),
            PdfPages = manifest.PdfPages,
            PeakRssAfterIngest = peakAfterIngest,
            PeakAnonymousRssInIngest = peakAnonymousInIngest,
            PeakRss = ProcessMemory.PeakResidentBytes(),
            IndexBytes = Directory.EnumerateFiles(indexDirectory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length),
            StageThreadSeconds = stageSeconds,
            FormatThreadSeconds = byFormat,
            FormatBytes = formatBytes,
            ReingestSeconds = again.Elapsed.TotalSeconds,
            ReingestUnchanged = again.Unchanged,
            Search = search,
            SearchFirstPass = firstPass,
            SearchMeanHits = meanHits,
            Grep = grep,
            Probe = probe,
            Http = http,
            HttpNote = httpNote,
            FailureSamples = summary.Files.Where(f => f.Status == IngestStatus.Failed).Take(5).Select(f => $"{Path.GetFileName(f.Path)}: {f.Reason}").ToArray(),
        };
        var resultsDirectory = Path.Combine(work, "results");
        Directory.CreateDirectory(resultsDirectory);
        File.WriteAllText(Path.Combine(resultsDirectory, $"macro-{size}.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"[macro {size}] {result.DocumentsPerSecond:F0} docs/s, {result.MegabytesPerSecond:F2} MB/s (text {result.TextMegabytesPerSecond:F2} MB/s, PDF {result.PdfPagesPerSecond:F1} pages/s), peak RSS {result.PeakRss / 1048576.0:F0} MiB (ingest: {result.PeakRssAfterIngest / 1048576.0:F0} MiB, anonymous {result.PeakAnonymousRssInIngest / 1048576.0:F0} MiB), index {result.IndexBytes / 1e6:F1} MB");
        foreach (var (stage, seconds) in stageSeconds) Console.WriteLine($"  {stage,-48} {seconds,8:F1} thread-s");
        foreach (var failure in result.FailureSamples) Console.WriteLine($"  failed: {failure}");
        return 0;
    }

    /// <summary>Adds search over HTTP (8 in flight) against an `opsk serve` of this size's index to the saved result of an earlier run.</summary>
    private static int HttpOnly(string work, int size, string? httpBase)
    {
        var path = Path.Combine(work, "results", $"macro-{size}.json");
        if (httpBase is null || !File.Exists(path))
        {
            Console.Error.WriteLine($"--http-only needs --http URL and an earlier result at {path}");
            return 2;
        }
        var (http, note) = HttpLatency.Measure(httpBase, QuerySet.Build());
        var saved = JsonSerializer.Deserialize<MacroResult>(File.ReadAllText(path))!;
        File.WriteAllText(path, JsonSerializer.Serialize(saved with { Http = http, HttpNote = note }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(http is null ? $"[macro {size}] HTTP: {note}" : $"[macro {size}] HTTP ×8 p50 {http.P50:F1} ms p95 {http.P95:F1} ms p99 {http.P99:F1} ms");
        return 0;
    }

    /// <summary>First use of each reader loads ICU dictionaries and JITs the stages: done once before the clock starts, as a long-running server would have.</summary>
    private static void WarmUp(OpsPipeline pipeline, string corpus)
    {
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(pipeline.CanRead).Take(30))
        {
            pipeline.Process(SourceFile.Load(file));
        }
    }

    /// <summary>grep -r -l -F for each single-term query over the raw corpus: the anchor for search latency.</summary>
    private static Latency? GrepLatency(string corpus)
    {
        if (!File.Exists("/usr/bin/grep") && !File.Exists("/bin/grep")) return null;
        var times = new List<double>();
        foreach (var term in QuerySet.Terms.Take(10))
        {
            var info = new ProcessStartInfo("grep") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-r", "-l", "-F", "--", term, corpus }) info.ArgumentList.Add(arg);
            var start = Stopwatch.GetTimestamp();
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return Latency.Of(times);
    }
}
