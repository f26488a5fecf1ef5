using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using OpsKnowledge.Application;
using OpsKnowledge.Benchmarks.CorpusGeneration;
using OpsKnowledge.Benchmarks.Micro;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Writes the measured part of docs/PERFORMANCE.md (between its generated markers) and docs/performance.svg from the saved results.</summary>
public static class PerformanceReport
{
    public const string Begin = "<!-- generated:begin (bench/run-performance.sh rewrites this part) -->";
    public const string End = "<!-- generated:end -->";
    private const double MiB = 1024 * 1024;

    public static int Run(string[] args)
    {
        var work = CorpusGenerator.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "opsk-perf");
        var docs = CorpusGenerator.Option(args, "--docs") ?? Path.Combine(Path.GetDirectoryName(CorpusLocator.Find() ?? ".")!, "docs");
        var results = Path.Combine(work, "results");
        var macro = Directory.EnumerateFiles(results, "macro-*.json").Select(f => JsonSerializer.Deserialize<MacroResult>(File.ReadAllText(f))!).OrderBy(r => r.Documents).ToArray();
        var micro = Load<MicroResult[]>(Path.Combine(results, "micro.json")) ?? [];
        var anchors = Load<AnchorResult[]>(Path.Combine(results, "anchors.json")) ?? [];
        if (macro.Length == 0)
        {
            Console.Error.WriteLine($"no macro results in {results}: run the macro benchmark first");
            return 1;
        }

        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "performance.svg"), PerformanceChart.Svg(macro));
        var generated = Generated(macro, micro, anchors);
        var path = Path.Combine(docs, "PERFORMANCE.md");
        var existing = File.Exists(path) ? File.ReadAllText(path) : $"# Performance\n\n{Begin}\n{End}\n";
        var from = existing.IndexOf(Begin, StringComparison.Ordinal);
        var to = existing.IndexOf(End, StringComparison.Ordinal);
        var updated = from < 0 || to < from
            ? existing + $"\n{Begin}\n{generated}{End}\n"
            : existing[..(from + Begin.Length)] + "\n" + generated + existing[to..];
        File.WriteAllText(path, updated);
        Console.WriteLine($"wrote {path} and performance.svg");
        return 0;
    }

    private static string Generated(MacroResult[] macro, MicroResult[] micro, AnchorResult[] anchors)
    {
        var s = new StringBuilder();
        var largest = macro[^1];
        s.AppendLine("### Machine").AppendLine();
        s.AppendLine($"- CPU: {CpuModel()}, {Environment.ProcessorCount} logical cores (`nproc`)");
        s.AppendLine($"- RAM: {MemTotal() / MiB / 1024:F1} GiB; OS: {RuntimeInformation.OSDescription}");
        s.AppendLine($"- .NET: {RuntimeInformation.FrameworkDescription}, Release build, {(System.Runtime.GCSettings.IsServerGC ? "server GC (ServerGarbageCollection in opsk and the benchmarks)" : "workstation GC")}");
        s.AppendLine($"- Measured: {string.Join("; ", macro.Select(r => $"{r.Documents:N0} docs on {r.TakenAt:yyyy-MM-dd} {(r.TakenAt - TimeSpan.FromSeconds(r.IngestSeconds)):HH:mm}–{r.TakenAt:HH:mm} UTC, 1-minute load average {r.LoadBefore.Split(' ').FirstOrDefault()} before and {r.LoadAfter.Split(' ').FirstOrDefault()} after"))}");
        s.AppendLine();

        s.AppendLine("### Ingest, re-ingest and search per corpus size").AppendLine();
        s.AppendLine("| documents | corpus MB | ingest s | docs/s | MB/s | txt/md/html MB/s | PDF pages/s | CPU use | peak RSS in ingest (anonymous) | index MB | re-ingest s | search p50 / p95 / p99 ms | first pass p99 ms | grep -r mean ms | HTTP ×8 p50 / p99 ms | failed |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in macro)
        {
            var http = r.Http is { } h ? $"{h.P50:F1} / {h.P99:F1}" : "—";
            var grep = r.Grep is { } g ? $"{g.Mean:F0}" : "—";
            s.AppendLine(Invariant($"| {r.Documents:N0} | {r.Bytes / 1e6:F1} | {r.IngestSeconds:F1} | {r.DocumentsPerSecond:F1} | {r.MegabytesPerSecond:F2} | {r.TextMegabytesPerSecond:F2} | {r.PdfPagesPerSecond:F1} | {r.CpuSeconds / r.IngestSeconds * 100:F0}% | {r.PeakRssAfterIngest / MiB:F0} MiB ({r.PeakAnonymousRssInIngest / MiB:F0} MiB) | {r.IndexBytes / 1e6:F1} | {r.ReingestSeconds:F2} | {r.Search.P50:F1} / {r.Search.P95:F1} / {r.Search.P99:F1} | {(r.SearchFirstPass is { } f ? f.P99.ToString("F1", CultureInfo.InvariantCulture) : "—")} | {grep} | {http} | {r.Failed} |"));
        }
        s.AppendLine();
        s.AppendLine("MB/s is all bytes over the ingest's wall time. The txt/md/html and PDF rates are each format's share of the per-file time applied to the wall time (what a corpus of only that format would reach). CPU use is process CPU time over wall time (200% = both cores). Peak RSS is the kernel's high-water mark (VmHWM) at the end of the ingest; in brackets the peak of anonymous memory (RssAnon: heap, stacks, buffers, without mapped files), sampled every 200 ms. Search is 100 queries (25 terms, 50 pairs, 25 quoted phrases) one at a time in process through `KnowledgeIndex.Search`, top 10 with snippets: the first pass on the freshly opened index (JIT, page cache and cached filters cold, what a one-shot `opsk search` sees), then the second pass, a running server's steady state, which the percentiles give; `grep -r -l -F` runs the first 10 terms over the raw corpus files.");
        var notes = macro.Where(r => r.HttpNote is not null).Select(r => $"{r.Documents:N0}: {r.HttpNote}").ToArray();
        if (notes.Length > 0) s.AppendLine().AppendLine($"HTTP: {string.Join("; ", notes)}.");
        s.AppendLine();

        s.AppendLine("### Time per stage (thread-seconds summed over both workers)").AppendLine();
        var stages = macro.SelectMany(r => r.StageThreadSeconds.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        s.AppendLine("| stage | " + string.Join(" | ", macro.Select(r => $"{r.Documents:N0} docs")) + " |");
        s.AppendLine("|---|" + string.Concat(macro.Select(_ => "---:|")));
        foreach (var stage in stages)
        {
            s.AppendLine($"| {StageName(stage)} | " + string.Join(" | ", macro.Select(r =>
            {
                var total = r.StageThreadSeconds.Values.Sum();
                var value = r.StageThreadSeconds.GetValueOrDefault(stage);
                return Invariant($"{value:F1} s ({value / Math.Max(1e-9, total) * 100:F0}%)");
            })) + " |");
        }
        s.AppendLine();

        var probes = macro.Where(r => r.Probe is not null).Select(r => Invariant($"{r.Documents:N0}-doc corpus: {r.Probe!.UpsertOnlyMsPerDocument:F1} ms per document for `Upsert` alone, {r.Probe.LookupAndUpsertMsPerDocument:F1} ms with the `ContentHashOf` lookup before each upsert ({r.Probe.Documents} processed documents, one thread)")).ToArray();
        if (probes.Length > 0) s.AppendLine("Index stage split: " + string.Join("; ", probes) + ".").AppendLine();

        if (micro.Length > 0)
        {
            s.AppendLine("### Hot paths (BenchmarkDotNet, short run in process)").AppendLine();
            s.AppendLine("| benchmark | input per operation | mean | throughput | allocated per operation |");
            s.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var m in micro)
            {
                s.AppendLine(Invariant($"| {m.Description} | {m.BytesPerOperation / 1e3:F0} KB | {Duration(m.MeanNanoseconds)} | {m.MegabytesPerSecond:F2} MB/s | {m.AllocatedBytesPerOperation / 1e3:F0} KB |"));
            }
            s.AppendLine();
        }

        if (anchors.Length > 0)
        {
            s.AppendLine("### Anchors (same text, same run)").AppendLine();
            s.AppendLine("| comparison | ours | theirs | text | ours MB/s | theirs MB/s | ours ÷ theirs | note |");
            s.AppendLine("|---|---|---|---:|---:|---:|---:|---|");
            foreach (var a in anchors)
            {
                s.AppendLine(Invariant($"| {a.Name} | {a.Ours} | {a.Theirs} | {a.Bytes / 1e6:F2} MB | {a.OursMegabytesPerSecond:F2} | {a.TheirsMegabytesPerSecond:F2} | {(a.TheirsMegabytesPerSecond > 0 ? a.Ratio.ToString("F2", CultureInfo.InvariantCulture) : "—")} | {a.Note} |"));
            }
            foreach (var r in macro.Where(r => r.Grep is not null))
            {
                s.AppendLine(Invariant($"| search vs grep at {r.Documents:N0} docs | KnowledgeIndex.Search mean {r.Search.Mean:F1} ms | grep -r -l -F mean {r.Grep!.Mean:F0} ms | {r.Bytes / 1e6:F0} MB | — | — | {r.Grep.Mean / Math.Max(1e-9, r.Search.Mean):F1}× faster | latency ratio |"));
            }
            s.AppendLine();
        }

        s.AppendLine("### Targets").AppendLine();
        s.AppendLine("| target | measured | met? |");
        s.AppendLine("|---|---|---|");
        var at100k = macro.FirstOrDefault(r => r.Documents >= 100_000);
        s.AppendLine(Invariant($"| ingest ≥ 5 MB/s for txt/md/html | {string.Join(", ", macro.Select(r => $"{r.TextMegabytesPerSecond:F2} MB/s at {r.Documents:N0}"))} | {Met(macro.All(r => r.TextMegabytesPerSecond >= 5))} |"));
        s.AppendLine(Invariant($"| ≥ 20 PDF pages/s | {string.Join(", ", macro.Select(r => $"{r.PdfPagesPerSecond:F1} at {r.Documents:N0}"))} | {Met(macro.All(r => r.PdfPagesPerSecond >= 20))} |"));
        s.AppendLine(at100k is not null
            ? Invariant($"| peak RSS < 2 GiB at 100k | {at100k.PeakRssAfterIngest / MiB:F0} MiB during the ingest (anonymous {at100k.PeakAnonymousRssInIngest / MiB:F0} MiB); {at100k.PeakRss / MiB:F0} MiB after searching the mapped index | {Met(at100k.PeakRssAfterIngest < 2 * 1024 * MiB)} |")
            : Invariant($"| peak RSS < 2 GiB at 100k | not run at 100k; {string.Join(", ", macro.Select(r => $"{r.PeakRss / MiB:F0} MiB at {r.Documents:N0}"))} | {(macro.All(r => r.PeakRss < 1024 * MiB) ? "likely (extrapolated; see below)" : "unknown")} |"));
        var tenK = macro.FirstOrDefault(r => r.Documents == 10_000);
        s.AppendLine(tenK is not null
            ? Invariant($"| re-ingest of unchanged 10k < 10 s | {tenK.ReingestSeconds:F2} s ({tenK.ReingestUnchanged:N0} unchanged) | {Met(tenK.ReingestSeconds < 10)} |")
            : "| re-ingest of unchanged 10k < 10 s | 10k not run | unknown |");
        s.AppendLine(at100k is not null
            ? Invariant($"| search p99 ≤ 50 ms at 100k, one at a time | {at100k.Search.P99:F1} ms | {Met(at100k.Search.P99 <= 50)} |")
            : Invariant($"| search p99 ≤ 50 ms at 100k, one at a time | not run at 100k; {string.Join(", ", macro.Select(r => $"{r.Search.P99:F1} ms at {r.Documents:N0}"))} | extrapolated, see below |"));
        var repairAnchor = anchors.FirstOrDefault(a => a.Name.Contains("fast path", StringComparison.Ordinal) && a.TheirsMegabytesPerSecond > 0);
        var foldAnchor = anchors.FirstOrDefault(a => a.Ours.Contains("Fold", StringComparison.Ordinal) && a.TheirsMegabytesPerSecond > 0);
        s.AppendLine(repairAnchor is not null
            ? Invariant($"| repair fast path faster than opencc | repair {repairAnchor.Ratio:F2}× opencc's speed{(foldAnchor is null ? "" : $"; folding {foldAnchor.Ratio:F1}×")} | {Met(repairAnchor.Ratio > 1)} |")
            : "| repair fast path faster than opencc | opencc not available | unknown |");
        s.AppendLine();
        if (at100k is null && macro.Length >= 2)
        {
            var a = macro[^2];
            var b = macro[^1];
            var growth = Math.Log(Math.Max(1e-9, b.Search.P99) / Math.Max(1e-9, a.Search.P99)) / Math.Log((double)b.Documents / a.Documents);
            var p99At100k = b.Search.P99 * Math.Pow(100_000.0 / b.Documents, growth);
            var rssGrowth = (b.PeakRss - a.PeakRss) / (double)(b.Documents - a.Documents);
            s.AppendLine(Invariant($"**Extrapolated to 100,000 documents (not measured):** ingest ≈ {100_000 / b.DocumentsPerSecond / 60:F0} min at the {b.Documents:N0}-document rate; search p99 ≈ {p99At100k:F0} ms if it keeps growing as from {a.Documents:N0} to {b.Documents:N0} (exponent {growth:F2}); peak RSS ≈ {(b.PeakRss + rssGrowth * (100_000 - b.Documents)) / MiB:F0} MiB if it keeps growing linearly."));
            s.AppendLine();
        }
        s.AppendLine("![Throughput and p99 latency against corpus size](performance.svg)").AppendLine();
        return s.ToString();
    }

    private static string StageName(string stage) => stage switch
    {
        _ when stage.StartsWith("read:", StringComparison.Ordinal) => $"read + structure ({stage[5..]})",
        _ when stage.StartsWith("repair:", StringComparison.Ordinal) => $"decode + repair ({stage[7..]})",
        "extract" => "extract records",
        _ => stage,
    };

    private static string Met(bool met) => met ? "**met**" : "**not met**";

    private static string Duration(double ns) => ns >= 1e6 ? Invariant($"{ns / 1e6:F2} ms") : Invariant($"{ns / 1e3:F1} µs");

    private static T? Load<T>(string path) where T : class => File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path)) : null;

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown" : "unknown";

    private static long MemTotal()
    {
        if (!File.Exists("/proc/meminfo")) return 0;
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
