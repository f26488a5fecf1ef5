using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Benchmarks.Repair;

/// <summary>Repairs damage made outside .NET (python3 codecs, iconv -c) on our own plans: CER and exact lines per cell and loss model, calibration, false repairs, throughput.</summary>
public static class RepairMatrixBenchmark
{
    private const string Script = "bench/OpsKnowledge.Benchmarks/Repair/damage_matrix.py";
    private const string Cache = "artifacts/repair-matrix";
    private static readonly double[] Buckets = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01];

    public static int Run(string[] args)
    {
        var folders = args.Where((a, k) => !a.StartsWith("--", StringComparison.Ordinal) && (k == 0 || !args[k - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (folders.Count == 0) folders = ["corpus", "bench/heldout"];
        var onlyCell = Option(args, "--cell");
        var show = Option(args, "--show");
        var cases = LoadCases(folders);
        if (cases is null) return 2;
        var repairer = TextRepairer.Default;
        repairer.Repair("预热：基礎(chǔ)運(yùn)營(yíng)鍩虹杩愯惀?;瘮U"); // first use builds ICU objects and tables

        var documents = cases.Where(c => c.Cell == "clean").Count();
        Console.WriteLine($"Repair matrix: {documents} documents ({string.Join(", ", folders)}), {cases.Where(c => c.Cell == "clean").Sum(c => c.Clean.Length):N0} characters; damage by {Script} (python3 {PythonVersion()}, glibc iconv)");
        Console.WriteLine();
        var scores = new List<CellScore>();
        var calibration = new long[Buckets.Length - 1, 2];
        foreach (var group in cases.GroupBy(c => c.Cell))
        {
            if (onlyCell is not null && !onlyCell.Split(',').Any(p => group.Key.StartsWith(p, StringComparison.Ordinal)) && group.Key != "clean") continue;
            var score = new CellScore(group.Key, group.First().Kind, group.First().Destroyed);
            foreach (var item in group)
            {
                var repaired = repairer.Repair(item.Damaged);
                score.Add(item, repaired, calibration, show is not null && (show == item.Cell || show == "all"));
            }
            scores.Add(score);
        }
        PrintCells(scores.Where(s => !s.Destroyed).ToList(), "Cells where the damaged text still carries the information");
        PrintCells(scores.Where(s => s.Destroyed).ToList(), "Cells where the process destroys information (reported apart; flagged = share of still-wrong damaged lines with an unrecovered span)");
        PrintLossModels(scores.Where(s => !s.Destroyed).ToList());
        PrintOverall(scores);
        PrintCalibration(calibration);
        Throughput(repairer, cases);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var k = Array.IndexOf(args, name);
        return k >= 0 && k + 1 < args.Length ? args[k + 1] : null;
    }

    private static void PrintCells(List<CellScore> scores, string title)
    {
        if (scores.Count == 0) return;
        Console.WriteLine($"{title}:");
        Console.WriteLine();
        Console.WriteLine("| cell | damaged lines | damaged chars | CER before | CER after | exact lines | damaged chars recovered | clean lines changed | flagged |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            Console.WriteLine($"| {s.Cell} | {s.DamagedLines:N0} | {s.DamagedChars:N0} | {Rate(s.ErrorsBefore, s.Length)} | {Rate(s.ErrorsAfter, s.Length)} | {Share(s.ExactLines, s.DamagedLines)} | {Share(s.RecoveredChars, s.DamagedChars)} | {s.CleanLinesChanged} | {Share(s.FlaggedLines, s.WrongLines)} |");
        }
        Console.WriteLine();
    }

    private static void PrintLossModels(List<CellScore> scores)
    {
        Console.WriteLine("Per loss model (informative cells):");
        Console.WriteLine();
        Console.WriteLine("| loss model | cells | CER before | CER after | exact lines | damaged chars recovered | worst cell |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var group in scores.GroupBy(s => s.LossModel).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var worst = list.MaxBy(s => (double)s.ErrorsAfter / Math.Max(1, s.Length))!;
            Console.WriteLine($"| {group.Key} | {list.Count} | {Rate(list.Sum(s => s.ErrorsBefore), list.Sum(s => s.Length))} | {Rate(list.Sum(s => s.ErrorsAfter), list.Sum(s => s.Length))} | {Share(list.Sum(s => s.ExactLines), list.Sum(s => s.DamagedLines))} | {Share(list.Sum(s => s.RecoveredChars), list.Sum(s => s.DamagedChars))} | {worst.Cell} {Rate(worst.ErrorsAfter, worst.Length)} |");
        }
        Console.WriteLine();
    }

    private static void PrintOverall(List<CellScore> scores)
    {
        var informative = scores.Where(s => !s.Destroyed && s.Kind != "clean").ToList();
        var clean = scores.Where(s => s.Kind == "clean").ToList();
        var lostBytes = informative.Where(s => s.Kind is "bytes" or "site").ToList();
        var over = informative.Where(s => (double)s.ErrorsAfter / Math.Max(1, s.Length) > 0.01).Select(s => s.Cell).ToList();
        Console.WriteLine("| overall | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| informative cells | {informative.Count} |");
        Console.WriteLine($"| CER before → after (informative cells) | {Rate(informative.Sum(s => s.ErrorsBefore), informative.Sum(s => s.Length))} → **{Rate(informative.Sum(s => s.ErrorsAfter), informative.Sum(s => s.Length))}** |");
        Console.WriteLine($"| exact damaged lines | {Share(informative.Sum(s => s.ExactLines), informative.Sum(s => s.DamagedLines))} |");
        Console.WriteLine($"| damaged characters recovered | {Share(informative.Sum(s => s.RecoveredChars), informative.Sum(s => s.DamagedChars))} |");
        Console.WriteLine($"| lost/inserted-byte characters recovered | {Share(lostBytes.Sum(s => s.RecoveredChars), lostBytes.Sum(s => s.DamagedChars))} |");
        Console.WriteLine($"| cells over 1% CER | {over.Count}{(over.Count > 0 ? ": " + string.Join(", ", over) : "")} |");
        Console.WriteLine($"| clean text: CER, repairs made | {Rate(clean.Sum(s => s.ErrorsAfter), clean.Sum(s => s.Length))}, {clean.Sum(s => s.RepairsMade)} |");
        Console.WriteLine($"| undamaged lines of damaged documents changed | {scores.Sum(s => s.CleanLinesChanged)} |");
        Console.WriteLine($"| repairs at confidence ≥ 0.9 that are wrong | {scores.Sum(s => s.ConfidentWrong)} |");
        Console.WriteLine();
        foreach (var s in scores.Where(s => s.ConfidentWrongExamples.Count > 0))
        {
            Console.Error.WriteLine($"confident and wrong in {s.Cell}: {string.Join("; ", s.ConfidentWrongExamples.Take(5))}");
        }
    }

    private static void PrintCalibration(long[,] calibration)
    {
        Console.WriteLine("Calibration (every repair of every cell, judged against the clean line):");
        Console.WriteLine();
        Console.WriteLine("| confidence | repairs | right |");
        Console.WriteLine("|---|---:|---:|");
        for (var b = 0; b < Buckets.Length - 1; b++)
        {
            var total = calibration[b, 0] + calibration[b, 1];
            Console.WriteLine($"| {Buckets[b]:0.00}–{Math.Min(1, Buckets[b + 1]):0.00} | {total:N0} | {Share(calibration[b, 0], total)} |");
        }
        Console.WriteLine();
    }

    // Repair is called once per document: measure it that way, repeating until enough text has passed.
    private static void Throughput(TextRepairer repairer, List<MatrixCase> cases)
    {
        var clean = cases.Where(c => c.Cell == "clean").Select(c => c.Clean).ToList();
        var damaged = cases.Where(c => !c.Destroyed && c.Kind != "clean").Select(c => c.Damaged).Where((_, k) => k % 7 == 0).ToList();
        Console.WriteLine("| text | size | time | throughput |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, texts, target) in new[] { ("clean", clean, 20_000_000L), ("damaged (every 7th informative case)", damaged, 1_000_000L) })
        {
            long bytes = 0;
            var watch = Stopwatch.StartNew();
            while (bytes < target)
            {
                foreach (var text in texts)
                {
                    GC.KeepAlive(repairer.Repair(text));
                    bytes += Encoding.UTF8.GetByteCount(text);
                }
            }
            watch.Stop();
            var megabytes = bytes / 1_000_000.0;
            Console.WriteLine($"| {name} (UTF-8) | {megabytes:F1} MB | {watch.Elapsed.TotalSeconds:F2} s | {megabytes / watch.Elapsed.TotalSeconds:F1} MB/s |");
        }
    }

    // The damage is made once by python3 and iconv and cached; it is made again when the script or a clean document changes.
    private static List<MatrixCase>? LoadCases(List<string> folders)
    {
        var documents = new List<(string Name, string Text)>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"no folder {folder}");
                return null;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
                var name = Path.GetFileName(folder.TrimEnd('/')) + "-" + Path.GetFileNameWithoutExtension(file);
                // Only UTF-8 files are clean text to damage: a legacy-encoded corpus file (a damaged demo document) read as UTF-8 would be garbage taken for the truth.
                if (RepairBenchmark.ReadUtf8(file) is not { } text)
                {
                    Console.Error.WriteLine($"skipped {file}: not UTF-8");
                    continue;
                }
                documents.Add((name, text));
            }
        }
        if (!File.Exists(Script))
        {
            Console.Error.WriteLine($"{Script} not found: run from the repository root");
            return null;
        }
        var input = Path.Combine(Cache, "input");
        var output = Path.Combine(Cache, "output");
        var stamp = new StringBuilder(File.ReadAllText(Script));
        foreach (var (name, text) in documents) stamp.Append('\0').Append(name).Append('\0').Append(text);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp.ToString())));
        var stampFile = Path.Combine(output, "stamp");
        var cells = Path.Combine(output, "cells.jsonl");
        if (!File.Exists(stampFile) || File.ReadAllText(stampFile) != hash || !File.Exists(cells))
        {
            if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
            Directory.CreateDirectory(input);
            foreach (var (name, text) in documents)
            {
                File.WriteAllText(Path.Combine(input, name + ".simplified.txt"), text);
                File.WriteAllText(Path.Combine(input, name + ".traditional.txt"), DamageGenerator.ToTraditional(text));
                File.WriteAllText(Path.Combine(input, name + ".site.txt"), DamageGenerator.SiteRender(text));
            }
            var watch = Stopwatch.StartNew();
            var python = Process.Start(new ProcessStartInfo("python3", [Script, input, output]) { RedirectStandardError = true });
            if (python is null)
            {
                Console.Error.WriteLine("python3 could not be started");
                return null;
            }
            var errors = python.StandardError.ReadToEnd();
            python.WaitForExit();
            if (python.ExitCode != 0)
            {
                Console.Error.WriteLine($"{Script} failed ({python.ExitCode}): {errors}");
                return null;
            }
            File.WriteAllText(stampFile, hash);
            Console.Error.WriteLine($"damage made in {watch.Elapsed.TotalSeconds:F1} s → {cells}");
        }
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadLines(cells).Select(line => JsonSerializer.Deserialize<MatrixCase>(line, options)!).ToList();
    }

    private static string PythonVersion()
    {
        try
        {
            var process = Process.Start(new ProcessStartInfo("python3", ["--version"]) { RedirectStandardOutput = true });
            var text = process?.StandardOutput.ReadToEnd().Trim() ?? "";
            process?.WaitForExit();
            return text.Replace("Python ", "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private static string Rate(long errors, long length) => $"{100.0 * errors / Math.Max(1, length):F3}%";

    private static string Share(long part, long total) => total == 0 ? "—" : $"{100.0 * part / total:F1}%";

    /// <summary>Figures of one cell, summed over its documents.</summary>
    private sealed class CellScore(string cell, string kind, bool destroyed)
    {
        public string Cell { get; } = cell;

        public string Kind { get; } = kind;

        public bool Destroyed { get; } = destroyed;

        public string LossModel => Kind switch
        {
            "decoding" when Cell.Contains('>') => Cell.EndsWith("/twice", StringComparison.Ordinal) ? "saved twice" : Cell[(Cell.IndexOf('/') + 1)..],
            "bytes" or "site" => Cell[..Cell.IndexOf('/')],
            _ => Cell,
        };

        public long Length { get; private set; }

        public long ErrorsBefore { get; private set; }

        public long ErrorsAfter { get; private set; }

        public long DamagedLines { get; private set; }

        public long ExactLines { get; private set; }

        public long WrongLines { get; private set; }

        public long FlaggedLines { get; private set; }

        public long DamagedChars { get; private set; }

        public long RecoveredChars { get; private set; }

        public long CleanLinesChanged { get; private set; }

        public long RepairsMade { get; private set; }

        public long ConfidentWrong { get; private set; }

        public List<string> ConfidentWrongExamples { get; } = [];

        public void Add(MatrixCase item, RepairedText repaired, long[,] calibration, bool show)
        {
            var clean = item.Clean.Split('\n');
            var damaged = item.Damaged.Split('\n');
            var output = repaired.Text.Split('\n');
            Length += item.Clean.Length;
            ErrorsBefore += RepairBenchmark.EditDistance(item.Damaged, item.Clean);
            ErrorsAfter += RepairBenchmark.EditDistance(repaired.Text, item.Clean);
            RepairsMade += repaired.Report.Repairs.Count;
            if (clean.Length != damaged.Length || clean.Length != output.Length)
            {
                // A repair joined or split lines: only the CER above is comparable.
                Console.Error.WriteLine($"{Cell} {item.Doc}: line counts differ (clean {clean.Length}, damaged {damaged.Length}, repaired {output.Length})");
                return;
            }
            var lineStarts = new int[damaged.Length + 1];
            for (var n = 0; n < damaged.Length; n++) lineStarts[n + 1] = lineStarts[n] + damaged[n].Length + 1;
            var flagged = new HashSet<int>();
            foreach (var span in repaired.Report.Unrecovered) flagged.Add(LineOf(lineStarts, span.Start));
            var repairsByLine = repaired.Report.Repairs.GroupBy(r => LineOf(lineStarts, r.Start)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Start).ToList());
            for (var n = 0; n < clean.Length; n++)
            {
                var lineRepairs = repairsByLine.GetValueOrDefault(n) ?? [];
                if (damaged[n] == clean[n])
                {
                    if (output[n] != clean[n]) CleanLinesChanged++;
                    Judge(lineRepairs, lineStarts[n], output[n], clean[n], null, calibration);
                    continue;
                }
                DamagedLines++;
                var before = LineAlignment.Align(damaged[n], clean[n]);
                var after = output[n] == clean[n] ? null : LineAlignment.Align(output[n], clean[n]);
                for (var k = 0; k < clean[n].Length; k++)
                {
                    if (before.CleanMatched[k]) continue;
                    DamagedChars++;
                    if (after is null || after.CleanMatched[k]) RecoveredChars++;
                }
                if (after is null) ExactLines++;
                else
                {
                    WrongLines++;
                    if (flagged.Contains(n)) FlaggedLines++;
                    if (show) Console.Error.WriteLine($"[{Cell}] {item.Doc}:{n + 1}\n- {clean[n]}\n? {damaged[n]}\n+ {output[n]}\n");
                }
                Judge(lineRepairs, lineStarts[n], output[n], clean[n], after, calibration);
            }
        }

        // A repair is right when the characters it wrote are aligned to equal clean characters (found near where the earlier repairs of the line put them).
        private void Judge(List<TextRepair> repairs, int lineStart, string output, string clean, LineAlignment? alignment, long[,] calibration)
        {
            if (repairs.Count == 0) return;
            alignment ??= output == clean ? null : LineAlignment.Align(output, clean);
            var delta = 0;
            foreach (var repair in repairs)
            {
                var expected = repair.Start - lineStart + delta;
                delta += repair.After.Length - (repair.End - repair.Start);
                var judged = alignment is null ? true : IsAligned(repair.After, expected, output, alignment);
                if (judged is not { } right) continue;
                var bucket = 0;
                while (bucket < Buckets.Length - 2 && repair.Confidence >= Buckets[bucket + 1]) bucket++;
                calibration[bucket, right ? 0 : 1]++;
                if (!right && repair.Confidence >= 0.9)
                {
                    ConfidentWrong++;
                    ConfidentWrongExamples.Add($"{repair.Before} → {repair.After} ({repair.Confidence:0.00}) in {clean}");
                }
            }
        }

        private static bool? IsAligned(string after, int expected, string output, LineAlignment alignment)
        {
            if (after.Length == 0) return true;
            var best = -1;
            for (var at = output.IndexOf(after, StringComparison.Ordinal); at >= 0; at = output.IndexOf(after, at + 1, StringComparison.Ordinal))
            {
                if (best < 0 || Math.Abs(at - expected) < Math.Abs(best - expected)) best = at;
            }
            if (best < 0) return null; // a later repair rewrote it: judged there
            for (var k = best; k < best + after.Length; k++)
            {
                if (!alignment.TextMatched[k]) return false;
            }
            return true;
        }

        private static int LineOf(int[] lineStarts, int offset)
        {
            var index = Array.BinarySearch(lineStarts, offset);
            return index >= 0 ? Math.Min(index, lineStarts.Length - 2) : ~index - 1;
        }
    }
}
