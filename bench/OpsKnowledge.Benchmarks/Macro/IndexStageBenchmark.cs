using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Search;
using OpsKnowledge.Search.Indexing;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>The index stage alone: upserts of already-processed documents (cached once per corpus size) and search latency, in CPU seconds as well as wall time.</summary>
/// <remarks>
/// CPU seconds of the process are what the stage costs even when the machine is shared; wall time on a loaded machine mostly measures the neighbours.
/// Documents are processed once with the real pipeline and kept as JSON lines in the work folder, so repeated runs measure only indexing and search.
/// </remarks>
public static class IndexStageBenchmark
{
    private sealed record Processed(Document Document, IReadOnlyList<Record> Records);

    public static int Run(string[] args)
    {
        var size = int.Parse(Option(args, "--size") ?? "1000", CultureInfo.InvariantCulture);
        var work = Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "opsk-perf");
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var indexDirectory = Path.Combine(work, $"stage-index-{size}");

        if (!args.Contains("--search-only"))
        {
            var documents = LoadOrProcess(Path.Combine(work, $"corpus-{size}"), Path.Combine(work, $"processed-{size}.jsonl.gz"));
            var textMb = documents.Sum(d => (long)d.Document.Text.Length) / 1e6;
            Console.WriteLine($"[index {size}] {documents.Count} processed documents, {textMb:F1} M chars of text");

            // Warm-up: JIT, ICU dictionary, folding table.
            var scratch = Path.Combine(work, "stage-warmup");
            Index(documents.Take(50).ToList(), scratch, 1, commitEvery: 200);
            Directory.Delete(scratch, recursive: true);

            var commitEvery = int.Parse(Option(args, "--commit-every") ?? "200", CultureInfo.InvariantCulture);
            var repeat = int.Parse(Option(args, "--repeat") ?? "1", CultureInfo.InvariantCulture);
            // --threads N alone runs N only; by default one thread, then two.
            foreach (var t in (threads == 1 || Option(args, "--threads") is not null ? new[] { threads } : new[] { 1, threads }).SelectMany(t => Enumerable.Repeat(t, repeat)))
            {
                var (wall, cpu) = Index(documents, indexDirectory, t, commitEvery);
                Console.WriteLine($"[index {size}] {t} thread(s), commit every {commitEvery}: wall {wall:F2} s, CPU {cpu:F2} s ({textMb / cpu:F2} M chars per CPU-second), {documents.Count / wall:F0} docs/s, index {DirectorySize(indexDirectory) / 1e6:F1} MB");
            }
        }

        if (!args.Contains("--no-search")) Search(indexDirectory, size, rounds, Option(args, "--dump"));
        return 0;
    }

    private static (double Wall, double Cpu) Index(List<Processed> documents, string directory, int threads, int commitEvery)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var index = KnowledgeIndex.Open(directory, options: DefaultIndexOptions.Instance))
        {
            var changed = 0;
            var gate = new object();
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, d =>
            {
                index.Upsert(d.Document, d.Records);
                lock (gate)
                {
                    if (++changed < commitEvery) return;
                    changed = 0;
                }
                index.Commit();
            });
            index.Commit();
        }
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static void Search(string directory, int size, int rounds, string? dump)
    {
        var queries = QuerySet.Build();
        using var index = KnowledgeIndex.Open(directory, readOnly: true, DefaultIndexOptions.Instance);
        using (var writer = dump is null ? null : new StreamWriter(dump))
        {
            foreach (var query in queries)
            {
                var results = index.Search(new SearchRequest { Query = query });
                // What a change must not alter: the hits, their order, scores and snippets.
                writer?.WriteLine($"{query}\t{results.TotalHits}");
                foreach (var hit in results.Hits)
                {
                    writer?.WriteLine($"  {hit.Doc}\t{hit.Kind}\t{hit.RecordId}\t{hit.Start}-{hit.End}\t{hit.Score.ToString("R", CultureInfo.InvariantCulture)}\t{hit.Snippet}\t{string.Join(",", hit.Highlights.Select(h => $"{h.Start}-{h.End}"))}");
                }
            }
        }

        var best = new double[queries.Count];
        Array.Fill(best, double.MaxValue);
        var firstPass = new double[queries.Count];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long hits = 0;
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var results = index.Search(new SearchRequest { Query = queries[i] });
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (round == 0)
                {
                    firstPass[i] = ms;
                    hits += results.TotalHits;
                }
                best[i] = Math.Min(best[i], ms);
            }
        }
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / (rounds * queries.Count);
        var first = Latency.Of(firstPass);
        var min = Latency.Of(best);
        Console.WriteLine($"[index {size}] search first pass p50 {first.P50:F2} p95 {first.P95:F2} p99 {first.P99:F2} max {first.Max:F2} ms; best of {rounds} p50 {min.P50:F2} p95 {min.P95:F2} p99 {min.P99:F2} ms; CPU {cpuMs:F2} ms/query; {hits / (double)queries.Count:F0} hits/query");
        foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => best[i]).Take(5))
        {
            Console.WriteLine($"    slowest: {best[i],7:F2} ms  {queries[i]}");
        }
    }

    private static List<Processed> LoadOrProcess(string corpus, string cache)
    {
        if (File.Exists(cache))
        {
            var loaded = new List<Processed>();
            using var reader = new StreamReader(new GZipStream(File.OpenRead(cache), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                loaded.Add(JsonSerializer.Deserialize<Processed>(line, OpsJson.Options)!);
            }
            return loaded;
        }

        var pipeline = DefaultPipeline.Instance;
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(pipeline.CanRead).Order(StringComparer.Ordinal).ToArray();
        var results = new Processed?[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var file = SourceFile.Load(files[i]);
            var processed = pipeline.Process(file);
            if (processed.Document is { } document)
            {
                results[i] = new Processed(document with { ContentHash = file.ContentHash }, processed.Records);
            }
        });
        var documents = results.OfType<Processed>().ToList();
        using (var writer = new StreamWriter(new GZipStream(File.Create(cache), CompressionLevel.Fastest)))
        {
            foreach (var d in documents) writer.WriteLine(JsonSerializer.Serialize(d, OpsJson.Options));
        }
        return documents;
    }

    private static long DirectorySize(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
