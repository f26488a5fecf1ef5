using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using OpsKnowledge.Application;
using OpsKnowledge.Benchmarks.CorpusGeneration;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Extract;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Benchmarks.Micro;

/// <summary>
/// Single-threaded speed of read + structure (repair timed apart) and of record extraction over a generated corpus, in MB/s of file bytes;
/// `--dump FILE` writes every document's hash and records as JSON lines, to prove a speed change left the output alone.
/// </summary>
public static class ExtractSpeedBenchmark
{
    public static int Run(string[] args)
    {
        var corpus = CorpusGenerator.Option(args, "--corpus") ?? "/tmp/opsk-perf/corpus-1000";
        var dump = CorpusGenerator.Option(args, "--dump");
        var rounds = int.Parse(CorpusGenerator.Option(args, "--rounds") ?? "1", CultureInfo.InvariantCulture);
        var only = CorpusGenerator.Option(args, "--stage");
        var repair = new ThreadTimedRepairer(new TextRepairer());
        // Read = parse + decode + repair + structure through the real pipeline, without its extraction (timed apart below).
        var pipeline = DefaultPipeline.Create(repair);
        var extractor = RecordExtractor.Default;
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(pipeline.CanRead)
            .Order(StringComparer.Ordinal)
            .Select(SourceFile.Load)
            .ToList();

        // Warm-up: ICU dictionaries, regex construction and JIT happen before the clock starts.
        foreach (var file in files.Take(30))
        {
            var warm = pipeline.Read(file).Document;
            if (warm is not null) extractor.Extract(warm);
        }

        var clockCost = ThreadCpu.CostOfOneCall();
        var formats = new SortedDictionary<string, FormatTimes>(StringComparer.Ordinal);
        var breakdown = args.Contains("--breakdown") ? new Dictionary<string, (long Ticks, long Bytes)>() : null;
        using var writer = dump is null ? null : new StreamWriter(dump, false, new UTF8Encoding(false));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var file in files)
            {
                var times = formats.TryGetValue(file.Extension, out var t) ? t : formats[file.Extension] = new FormatTimes();
                repair.Elapsed = 0;
                repair.Allocated = 0;
                repair.Calls = 0;
                var start = ThreadCpu.Now;
                var readAllocated = GC.GetAllocatedBytesForCurrentThread();
                var read = pipeline.Read(file);
                times.ReadAllocated += GC.GetAllocatedBytesForCurrentThread() - readAllocated - repair.Allocated;
                var readTicks = (ThreadCpu.Now - start);
                times.Bytes += file.Bytes.Length;
                // The clock is a system call: its own cost inside the repairer's timing is taken out of both stages.
                times.Read += readTicks - repair.Elapsed - (long)(repair.Calls * 2 * clockCost);
                times.Repair += repair.Elapsed - (long)(repair.Calls * clockCost);
                if (read.Document is null) continue;
                if (only == "read") continue;
                start = ThreadCpu.Now;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var records = extractor.Extract(read.Document);
                times.Extract += (ThreadCpu.Now - start);
                times.ExtractAllocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
                times.Records += records.Count;
                if (breakdown is not null) Breakdown(read.Document, breakdown);
                if (writer is not null && round == 0)
                {
                    var documentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OpsJson.Serialize(read.Document))));
                    writer.WriteLine(OpsJson.Serialize(new { file = Path.GetRelativePath(corpus, file.Path), document = documentHash, records }));
                }
            }
        }

        Console.WriteLine($"extract-speed over {corpus}, {files.Count} files, {rounds} round(s), one thread (MB of file bytes per CPU-second of the thread, so other load on the machine does not count)");
        Console.WriteLine($"clock: {clockCost * 100:F0} ns per reading (taken out of the stage times)");
        Console.WriteLine($"{"format",-8} {"MB",8} {"read+structure",16} {"repair",14} {"extract",14} {"records",8}");
        void Line(string name, FormatTimes f) => Console.WriteLine(
            $"{name,-8} {f.Bytes / 1e6,8:F1} {Rate(f.Bytes, f.Read),10:F2} MB/s {Rate(f.Bytes, f.Repair),8:F2} MB/s {Rate(f.Bytes, f.Extract),8:F2} MB/s {f.Records / rounds,8}"
            + $"   ({Seconds(f.Read):F2} s / {Seconds(f.Repair):F2} s / {Seconds(f.Extract):F2} s; allocated per MB: read {f.ReadAllocated / (double)f.Bytes:F0} MB, extract {f.ExtractAllocated / (double)f.Bytes:F0} MB)");
        foreach (var (name, f) in formats) Line(name, f);
        Console.WriteLine($"GC collections gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s");
        var text = new FormatTimes();
        foreach (var name in new[] { "txt", "md", "html" })
        {
            if (!formats.TryGetValue(name, out var f)) continue;
            text.Bytes += f.Bytes; text.Read += f.Read; text.Repair += f.Repair; text.Extract += f.Extract; text.Records += f.Records; text.ReadAllocated += f.ReadAllocated; text.ExtractAllocated += f.ExtractAllocated;
        }
        Line("txt+md+html", text);
        var all = new FormatTimes();
        foreach (var f in formats.Values)
        {
            all.Bytes += f.Bytes; all.Read += f.Read; all.Repair += f.Repair; all.Extract += f.Extract; all.Records += f.Records; all.ReadAllocated += f.ReadAllocated; all.ExtractAllocated += f.ExtractAllocated;
        }
        Line("all", all);
        if (breakdown is not null)
        {
            Console.WriteLine("extraction parts (thread CPU s, MB allocated):");
            foreach (var (part, (ticks, bytes)) in breakdown.OrderByDescending(p => p.Value.Ticks)) Console.WriteLine($"  {part,-28} {Seconds(ticks),7:F2} s {bytes / 1e6,9:F1} MB");
        }
        return 0;
    }

    /// <summary>The extractor's parts run one by one over a document, each timed and its allocations counted.</summary>
    private static void Breakdown(Core.Model.Document document, Dictionary<string, (long Ticks, long Bytes)> parts)
    {
        var options = RecordExtractorOptions.Default;
        var context = new ExtractionContext(document, options.Catalog, options.Scope);
        T Measure<T>(string part, Func<T> work)
        {
            var start = ThreadCpu.Now;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var result = work();
            var (ticks, bytes) = parts.GetValueOrDefault(part);
            parts[part] = (ticks + ThreadCpu.Now - start, bytes + GC.GetAllocatedBytesForCurrentThread() - allocated);
            return result;
        }
        foreach (var block in document.Blocks)
        {
            if (block is Core.Model.Table table)
            {
                var layout = Measure("table layout", () => Extract.Tables.TableLayout.Analyze(table));
                foreach (var interpreter in options.TableInterpreters)
                {
                    var score = Measure("table match", () => interpreter.Match(layout));
                    if (score > 0) Measure("table " + interpreter.GetType().Name, () => interpreter.Interpret(layout, context).ToList());
                }
            }
            else if (block is Core.Model.Paragraph paragraph)
            {
                var section = paragraph.SectionIndex is int index && index < document.Sections.Count ? document.Sections[index] : document.SectionAt(paragraph.Span.Start);
                var sentences = Measure("sentence split", () => Extract.Prose.SentenceSplitter.Split(document, paragraph, section?.PathText, section?.Title));
                foreach (var sentence in sentences)
                {
                    foreach (var pattern in options.ProsePatterns) Measure(pattern.GetType().Name, () => pattern.Find(sentence, context).ToList());
                }
            }
        }
    }

    private static double Seconds(long ticks) => ticks / (double)TimeSpan.TicksPerSecond;

    private static double Rate(long bytes, long ticks) => ticks == 0 ? 0 : bytes / 1e6 / Seconds(ticks);

    /// <summary>CPU time of the calling thread in ticks (100 ns), from clock_gettime(CLOCK_THREAD_CPUTIME_ID).</summary>
    private static class ThreadCpu
    {
        public static long Now
        {
            get
            {
                if (!OperatingSystem.IsLinux()) return Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / Stopwatch.Frequency;
                ClockGetTime(3, out var spec);
                return spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100;
            }
        }

        /// <summary>Ticks one reading of the clock costs, measured over many readings.</summary>
        public static double CostOfOneCall()
        {
            const int calls = 2000;
            var start = Now;
            for (var i = 0; i < calls; i++) _ = Now;
            return (Now - start) / (double)calls;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc.so.6", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec spec);
    }

    private sealed class FormatTimes
    {
        public long Bytes;
        public long Read;
        public long Repair;
        public long Extract;
        public long Records;
        public long ReadAllocated;
        public long ExtractAllocated;
    }

    /// <summary>The real repairer with its time (decode + repair) kept apart, so read + structure can be measured without it.</summary>
    private sealed class ThreadTimedRepairer(ITextRepairer inner) : ITextRepairer
    {
        public long Elapsed;
        public long Allocated;
        public long Calls;

        public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
        {
            var start = ThreadCpu.Now;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            Calls++;
            try { return inner.Decode(bytes, declaredCharset); }
            finally { Elapsed += (ThreadCpu.Now - start); Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated; }
        }

        public RepairedText Repair(string text)
        {
            var start = ThreadCpu.Now;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            Calls++;
            try { return inner.Repair(text); }
            finally { Elapsed += (ThreadCpu.Now - start); Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated; }
        }
    }
}
