using System.Diagnostics;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Benchmarks.RealExtraction;

/// <summary>
/// Record extraction on real documents nobody on the team wrote (shared/real-dev: documents + hand-written gold), scored by
/// the rules of that folder's README, per document and per half of a fixed tune/check split. Failure lines are printed for the
/// tune half only, unless `--show-check` is given (to be used once tuning is over).
/// Usage: extract-real [--dir DIR] [--show-check] [--misses FILE] [--judged FILE]
/// </summary>
public static class RealExtractionBenchmark
{
    public static int Run(string[] args)
    {
        var directory = Option(args, "--dir") ?? Locate();
        if (directory is null || !Directory.Exists(Path.Combine(directory, "gold")))
        {
            Console.Error.WriteLine("extract-real: real-dev folder not found (give --dir DIR holding docs/ and gold/)");
            return 2;
        }
        var showCheck = args.Contains("--show-check");
        var missesPath = Option(args, "--misses");
        var golds = Directory.GetFiles(Path.Combine(directory, "gold"), "*.json").Order(StringComparer.Ordinal).Select(RealGoldFile.Load).ToList();
        var watch = Stopwatch.StartNew();
        var scores = golds.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(gold => RealDocumentScore.Score(gold, Extract(Path.Combine(directory, "docs", gold.Doc))))
            .ToList();
        var elapsed = watch.Elapsed;

        var output = Console.Out;
        output.WriteLine($"record extraction on real documents: {directory} ({golds.Count} documents, {golds.Sum(g => g.Records.Count)} gold records), full pipeline, {elapsed.TotalSeconds:F1} s");
        output.WriteLine("rules: shared/real-dev/README.md (greedy one-to-one in gold order; names equal or contained after NFKC without spaces/punctuation; numbers equal); precision on exhaustive documents, risks left out");
        output.WriteLine();
        output.WriteLine($"{"document",-44} {"half",-5} {"gold",5} {"found",6} {"R",7} {"R plan",7} {"P",7} {"R len",7} {"P len",7}");
        foreach (var score in scores) Row(output, score.Doc, RealDevSplit.HalfOf(score.Doc), score.Count, score.Exhaustive);
        output.WriteLine();
        foreach (var half in new[] { "tune", "check", "new" })
        {
            var members = scores.Where(s => RealDevSplit.HalfOf(s.Doc) == half).ToList();
            if (members.Count == 0) continue;
            var total = new RealSliceCount();
            foreach (var member in members) total.Add(member.Count);
            output.WriteLine($"== {half} half ({members.Count} documents: {string.Join(", ", members.Select(m => m.Doc))})");
            Summary(output, total);
            Breakdown(output, "by kind", members.SelectMany(m => m.ByKind));
            Breakdown(output, "by scope", members.SelectMany(m => m.ByScope));
            Calibration(output, members.SelectMany(m => m.Calibration).ToList());
            output.WriteLine();
        }

        var lines = new List<string>();
        foreach (var score in scores)
        {
            var half = RealDevSplit.HalfOf(score.Doc);
            if (half == "check" && !showCheck) continue;
            lines.Add($"### {score.Doc} ({half})");
            lines.AddRange(score.Misses);
            lines.AddRange(score.FalseRecords);
            lines.AddRange(score.Disagreements);
        }
        var judgedPath = Option(args, "--judged");
        if (judgedPath is not null)
        {
            // Tune half only, like the failure lines: the table confidence is fitted on.
            File.WriteAllLines(judgedPath, scores.Where(s => RealDevSplit.HalfOf(s.Doc) == "tune" || showCheck).SelectMany(s => s.Judged.Select(j =>
                string.Join('\t', s.Doc, j.Record.Confidence.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), j.Right ? "1" : "0",
                    j.Record.Kind, j.Record.Scope, j.Record.Name, j.Record.Measure?.Value, j.Record.Measure?.Unit ?? "", j.Record.Measure?.Op?.ToString() ?? "", j.Record.Evidence.Length))));
            output.WriteLine($"judged predictions written to {judgedPath}{(showCheck ? "" : " (tune half only)")}");
        }
        if (missesPath is not null)
        {
            File.WriteAllLines(missesPath, lines);
            output.WriteLine($"failure lines ({lines.Count}) written to {missesPath}{(showCheck ? "" : " (tune half only)")}");
        }
        else
        {
            foreach (var line in lines) output.WriteLine(line);
        }
        return 0;
    }

    private static IReadOnlyList<Record> Extract(string path)
    {
        var processed = DefaultPipeline.Instance.Process(SourceFile.Load(path));
        if (processed.Document is null) Console.Error.WriteLine($"{Path.GetFileName(path)}: {processed.Error}");
        return processed.Records;
    }

    private static void Row(TextWriter output, string name, string half, RealSliceCount c, bool exhaustive)
    {
        output.WriteLine($"{name,-44} {half,-5} {c.Gold,5} {(exhaustive ? c.Judged.ToString() : "—"),6} {Ratio(c.GoldMatched, c.Gold),7} {Ratio(c.PlanMatched, c.PlanGold),7} {(exhaustive ? Ratio(c.JudgedMatched, c.Judged) : "—"),7} {Ratio(c.LenientMatched, c.Gold),7} {(exhaustive ? Ratio(c.LenientJudgedMatched, c.Judged) : "—"),7}");
    }

    private static void Summary(TextWriter output, RealSliceCount c)
    {
        output.WriteLine($"recall all {Ratio(c.GoldMatched, c.Gold)} ({c.GoldMatched}/{c.Gold}) · recall plan {Ratio(c.PlanMatched, c.PlanGold)} ({c.PlanMatched}/{c.PlanGold}) · precision {Ratio(c.JudgedMatched, c.Judged)} ({c.JudgedMatched}/{c.Judged}, exhaustive documents)");
        output.WriteLine($"lenient (target = kpi): recall {Ratio(c.LenientMatched, c.Gold)} · precision {Ratio(c.LenientJudgedMatched, c.Judged)}");
        output.WriteLine($"on matched records: scope right {Ratio(c.ScopeRight, c.GoldMatched)} · unit right {Ratio(c.UnitRight, c.GoldMatched)} · op right {Ratio(c.OpRight, c.GoldMatched)} · period right {Ratio(c.PeriodRight, c.PeriodJudged)}");
    }

    private static void Breakdown(TextWriter output, string title, IEnumerable<KeyValuePair<string, RealSliceCount>> slices)
    {
        var merged = new SortedDictionary<string, RealSliceCount>(StringComparer.Ordinal);
        foreach (var (key, count) in slices)
        {
            if (!merged.TryGetValue(key, out var total)) merged[key] = total = new RealSliceCount();
            total.Add(count);
        }
        output.WriteLine($"  {title}: " + string.Join(" · ", merged.Select(m => $"{m.Key} R {Ratio(m.Value.GoldMatched, m.Value.Gold)} ({m.Value.Gold}) P {Ratio(m.Value.JudgedMatched, m.Value.Judged)} ({m.Value.Judged})")));
    }

    /// <summary>Share of judged predictions that match gold, per confidence bucket: a record at ≥ 0.9 should be right ≥ 95% of the time.</summary>
    private static void Calibration(TextWriter output, List<(double Confidence, bool Right)> judged)
    {
        if (judged.Count == 0) return;
        double[] edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
        var cells = new List<string>();
        for (var b = 0; b < edges.Length - 1; b++)
        {
            var bucket = judged.Where(j => j.Confidence >= edges[b] && j.Confidence < edges[b + 1]).ToList();
            if (bucket.Count == 0) continue;
            cells.Add($"[{edges[b]:F1},{Math.Min(1, edges[b + 1]):F1}{(b == edges.Length - 2 ? "]" : ")")} {Ratio(bucket.Count(j => j.Right), bucket.Count)} of {bucket.Count}");
        }
        output.WriteLine("  calibration (confidence → share right, exhaustive documents): " + string.Join(" · ", cells));
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "—" : $"{100.0 * part / whole:F1}%";

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>shared/real-dev beside the repository (the layout of a team machine), when present.</summary>
    private static string? Locate()
    {
        var corpus = CorpusLocator.Find();
        if (corpus is null) return null;
        var repository = Path.GetDirectoryName(corpus)!;
        var candidate = Path.GetFullPath(Path.Combine(repository, "..", "shared", "real-dev"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
