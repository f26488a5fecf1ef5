using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Conversion;

namespace OpsKnowledge.Benchmarks.Formats;

/// <summary>
/// The corpus's plans rendered into every format a consultant's archive holds (old Office, OpenDocument, RTF, WPS Office names,
/// image-only scans at 200 and 300 dpi), read by the default pipeline: records recall against the original file, OCR character
/// error rate against the original PDF's text layer, and OCR pages per second with an empty and with a filled OCR cache.
/// </summary>
public static class FormatsBenchmark
{
    public const string Command = "dotnet run -c Release --project bench/OpsKnowledge.Benchmarks -- formats";

    /// <summary>args: [--work DIR] [--corpus DIR] [--out FILE.md] [--dump DIR] [-v].</summary>
    public static int Run(string[] args)
    {
        var work = Path.GetFullPath(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "opsk-formats-bench"));
        var corpus = Option(args, "--corpus") ?? CorpusLocator.Find();
        if (corpus is null || !Directory.Exists(corpus))
        {
            Console.Error.WriteLine("usage: formats [--work DIR] [--corpus DIR] [--out FILE.md] [--dump DIR] [-v]  (no corpus folder found)");
            return 2;
        }
        var verbose = args.Contains("-v");
        var dump = Option(args, "--dump");
        var loadBefore = LoadAverage();
        var output = Option(args, "--out") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpus))!, "docs", $"formats-{DateTime.UtcNow:yyyy-MM-dd}.md");

        var renderings = Render(corpus, work);
        foreach (var skipped in renderings.Where(r => r.Rendered is null).Select(r => $"skipped {r.Format} of {Path.GetFileName(r.Source)}: {r.Failure}").Distinct())
        {
            Console.WriteLine(skipped);
        }

        // A fresh cache folder for this run: the first pass over the scans is uncached, the second reads the same cache.
        var cache = Path.Combine(work, "cache", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Environment.SetEnvironmentVariable("OPSK_CACHE", cache);
        var pipeline = DefaultPipeline.Create();

        var sources = renderings.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal).ToArray();
        var originals = new ConcurrentDictionary<string, ProcessedFile>();
        Parallel.ForEach(sources, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            source => originals[source] = pipeline.Process(SourceFile.Load(source)));
        var textLayer = TimeTextLayer(pipeline, sources.Where(s => s.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToArray());

        var rows = new List<string>();
        var notes = new List<string>();
        foreach (var (format, from, kind) in FormatRenderer.Formats)
        {
            var made = renderings.Where(r => r.Format == format && r.Rendered is not null).ToArray();
            if (made.Length == 0)
            {
                rows.Add($"| {format} | .{from} | 0 | skipped: {renderings.FirstOrDefault(r => r.Format == format)?.Failure ?? $"no .{from} in the corpus"} | | | | | | |");
                continue;
            }
            var (uncached, firstSeconds) = ProcessAll(pipeline, made);
            var (cached, secondSeconds) = kind == "scan" ? ProcessAll(pipeline, made) : (uncached, 0);

            int table = 0, tableFound = 0, prose = 0, proseFound = 0, errors = 0, foldedErrors = 0, length = 0, pages = 0, cachedPages = 0;
            foreach (var rendering in made)
            {
                var original = originals[rendering.Source];
                var result = uncached[rendering.Rendered!];
                if (result.Document is null) notes.Add($"{format} {Path.GetFileName(rendering.Source)}: {result.Error}");
                var recall = RecordRecall.Compare(original.Records, result.Records);
                (table, tableFound, prose, proseFound) = (table + recall.Table, tableFound + recall.TableFound, prose + recall.Prose, proseFound + recall.ProseFound);
                if (verbose)
                {
                    foreach (var missed in recall.Missed) Console.WriteLine($"  missed in {format} {Path.GetFileName(rendering.Source)}: {RecordRecall.Key(missed)}  ⟵ {missed.Evidence}");
                }
                if (kind != "scan" || original.Document is null || result.Document is null) continue;
                pages += result.Document.ScannedPages.Count;
                cachedPages += cached[rendering.Rendered!].Document?.ScannedPages.Count ?? 0;
                if (dump is not null)
                {
                    // The two texts the CER compares, whitespace kept, for a diff by eye.
                    Directory.CreateDirectory(dump);
                    var stem = Path.GetFileNameWithoutExtension(rendering.Source);
                    File.WriteAllText(Path.Combine(dump, $"{stem}.text-layer.txt"), original.Document.OriginalText);
                    File.WriteAllText(Path.Combine(dump, $"{stem}.{format}.txt"), result.Document.OriginalText);
                }
                var raw = CharacterErrorRate.Measure(original.Document.OriginalText, result.Document.OriginalText);
                var folded = CharacterErrorRate.Measure(original.Document.OriginalText, result.Document.OriginalText, foldWidth: true);
                (errors, foldedErrors, length) = (errors + raw.Errors, foldedErrors + folded.Errors, length + raw.Length);
            }
            var all = table + prose;
            var cer = kind == "scan" && length > 0 ? $"{(double)errors / length:P2} ({(double)foldedErrors / length:P2})" : "";
            var speed = kind == "scan" && pages > 0 ? $"{pages / firstSeconds:0.00}" : "";
            var cachedSpeed = kind == "scan" && cachedPages > 0 ? $"{cachedPages / secondSeconds:0.0}" : "";
            rows.Add($"| {format} | .{from} | {made.Length} | {tableFound + proseFound}/{all} | {Share(tableFound, table)} | {Share(proseFound, prose)} | {Share(tableFound + proseFound, all)} | {cer} | {(kind == "scan" ? pages.ToString(CultureInfo.InvariantCulture) : "")} | {speed} / {cachedSpeed} |");
        }

        var report = new StringBuilder();
        report.AppendLine($"Command: `{Command}` ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {loadBefore} before and {LoadAverage()} after; {ToolVersions()}).");
        report.AppendLine();
        report.AppendLine("| format | from | files | records found | table records | prose records | all records | OCR CER (width-folded) | OCR pages | OCR pages/s uncached / cached |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows) report.AppendLine(row);
        report.AppendLine();
        report.AppendLine($"Original PDFs through their text layer (no OCR), for comparison with cached OCR: {textLayer}.");
        report.AppendLine("Records are matched one to one with the original file's records by kind, name (whitespace ignored) and value (number and unit, or date).");
        report.AppendLine("CER: edit distance between the OCR'd scan's text and the original PDF's text layer (both before repair, whitespace removed), over the text layer's length; in brackets after folding full-width forms (NFKC).");
        report.AppendLine(".wps/.et/.dps are what LibreOffice writes under those names (its Word/Excel/PowerPoint 97 filters; it has no WPS Office export), read back by the pipeline through LibreOffice.");
        report.AppendLine();
        report.AppendLine("Targets (issue 16): .doc/.xlsx/.pptx 100 % of table records and ≥ 98 % overall; scans at 200 dpi CER ≤ 2 % and ≥ 90 % of records; OCR ≥ 0.4 pages/s uncached on two cores.");
        foreach (var note in notes) report.AppendLine($"- {note}");

        Console.WriteLine();
        Console.Write(report);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, $"# Formats benchmark\n\n{report}");
        Console.WriteLine($"\nwritten to {output}");
        return 0;
    }

    private static List<FormatRendering> Render(string corpus, string work)
    {
        var renderer = new FormatRenderer(work);
        var jobs = new List<(string Format, string Kind, string Source)>();
        var renderings = new ConcurrentBag<FormatRendering>();
        foreach (var (format, from, kind) in FormatRenderer.Formats)
        {
            var files = Directory.GetFiles(corpus, $"*.{from}").Order(StringComparer.Ordinal).ToArray();
            var missing = FormatRenderer.Missing(kind);
            foreach (var file in files)
            {
                if (missing is null) jobs.Add((format, kind, file));
                else renderings.Add(new FormatRendering(format, file, null, missing));
            }
        }
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            job => renderings.Add(renderer.Render(job.Format, job.Kind, job.Source)));
        Console.WriteLine($"{jobs.Count} renderings ready in {clock.Elapsed.TotalSeconds:0.0} s under {Path.Combine(work, "rendered")}");
        return [.. renderings];
    }

    private static (Dictionary<string, ProcessedFile> Results, double Seconds) ProcessAll(OpsPipeline pipeline, IReadOnlyList<FormatRendering> made)
    {
        var results = new ConcurrentDictionary<string, ProcessedFile>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(made, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            rendering => results[rendering.Rendered!] = pipeline.Process(SourceFile.Load(rendering.Rendered!)));
        return (new Dictionary<string, ProcessedFile>(results), clock.Elapsed.TotalSeconds);
    }

    private static string TimeTextLayer(OpsPipeline pipeline, string[] pdfs)
    {
        if (pdfs.Length == 0) return "no PDF in the corpus";
        var pages = 0;
        var clock = Stopwatch.StartNew();
        foreach (var pdf in pdfs) pages += pipeline.Process(SourceFile.Load(pdf)).Document?.PageCount ?? 0;
        return $"{pages} pages at {pages / clock.Elapsed.TotalSeconds:0.0} pages/s on one thread";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Share(int found, int total) => total == 0 ? "–" : $"{found}/{total} ({(double)found / total:P1})";

    private static string ToolVersions()
    {
        string First(string program, string argument)
        {
            var path = ToolLocator.Find(program);
            if (path is null) return $"{program} missing";
            var outcome = ExternalProcess.Run(path, [argument], TimeSpan.FromSeconds(60), CancellationToken.None);
            return (outcome.Output + "\n" + outcome.Error).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? program;
        }
        return $"{First("soffice", "--version")}; {First("tesseract", "--version")}";
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
