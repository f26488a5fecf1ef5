using System.Diagnostics;
using System.Text;
using OpsKnowledge.Repair;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Benchmarks.Repair;

/// <summary>Damages a clean corpus per kind (seeded), repairs it and prints character error rates and throughput as a Markdown table.</summary>
public static class RepairBenchmark
{
    private const int Seed = 20261123;

    private sealed record Case(string Clean, string Damaged, byte[]? Bytes = null, string? Declared = null);

    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : "corpus";
        if (folder == "--junk") return Junk();
        var documents = Load(folder);
        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"no .txt/.md documents in {folder}");
            return 2;
        }
        var repairer = TextRepairer.Default;
        repairer.Repair("预热：基礎(chǔ)運(yùn)營(yíng)鍩虹杩愯惀?;瘮U"); // first use builds ICU objects and tables; not part of the figures

        var kinds = Kinds();
        // REPAIR_BENCH_SHOW=<kind> prints the lines a kind still gets wrong, to study failures.
        var show = Environment.GetEnvironmentVariable("REPAIR_BENCH_SHOW");
        Console.WriteLine($"Corpus: {documents.Count} documents, {documents.Sum(d => d.Length):N0} characters, seed {Seed}");
        Console.WriteLine();
        Console.WriteLine("| kind | cases | damaged chars | CER before | CER after | damage undone |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        long totalErrors = 0, totalLength = 0, damagedTotal = 0;
        foreach (var (kind, make) in kinds)
        {
            var generator = new DamageGenerator(Seed + StableHash(kind));
            long before = 0, after = 0, length = 0;
            var cases = 0;
            foreach (var document in documents)
            {
                var damage = make(document, generator);
                if (damage is null) continue;
                cases++;
                var repaired = damage.Bytes is { } bytes ? repairer.RepairBytes(bytes, damage.Declared).Text : repairer.Repair(damage.Damaged).Text;
                if (show == kind) ShowDifferences(damage.Clean, damage.Damaged, repaired);
                before += EditDistance(damage.Damaged, damage.Clean);
                after += EditDistance(repaired, damage.Clean);
                length += damage.Clean.Length;
            }
            if (cases == 0) continue;
            totalErrors += after;
            totalLength += length;
            damagedTotal += before;
            var undone = before == 0 ? "—" : $"{100.0 * (before - after) / before:F1}%";
            Console.WriteLine($"| {kind} | {cases} | {before:N0} | {Rate(before, length)} | {Rate(after, length)} | {undone} |");
        }
        Console.WriteLine($"| **overall** | | {damagedTotal:N0} | | **{Rate(totalErrors, totalLength)}** | |");
        Console.WriteLine();
        Throughput(repairer, documents);
        Console.WriteLine();
        return Junk();
    }

    // Random bytes are what a mislabelled binary file gives the repair stage: it must give up quickly.
    private static int Junk()
    {
        var repairer = TextRepairer.Default;
        repairer.Repair("预热：基礎(chǔ)運(yùn)營(yíng)鍩虹杩愯惀?;瘮U");
        var bytes = new byte[65536];
        new Random(Seed).NextBytes(bytes);
        Console.WriteLine("| junk (64 KB random bytes) | time |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, repair) in new (string, Func<object>)[]
        {
            ("decoded as GB18030, Repair", () => repairer.Repair(OpsKnowledge.Repair.Decoding.CodePages.Gb18030.GetString(bytes))),
            ("decoded as UTF-8, Repair", () => repairer.Repair(Encoding.UTF8.GetString(bytes))),
            ("RepairBytes (sniffed)", () => repairer.RepairBytes(bytes)),
        })
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(repair());
            Console.WriteLine($"| {name} | {watch.Elapsed.TotalSeconds:F2} s |");
        }
        return 0;
    }

    private static void ShowDifferences(string clean, string damaged, string repaired)
    {
        var expected = clean.Split('\n');
        var actual = repaired.Split('\n');
        var input = damaged.Split('\n');
        for (var n = 0; n < Math.Min(expected.Length, actual.Length); n++)
        {
            if (expected[n] == actual[n]) continue;
            Console.Error.WriteLine($"- {expected[n]}\n? {(n < input.Length ? input[n] : "")}\n+ {actual[n]}\n");
        }
    }

    // string.GetHashCode is randomized per process; the damage must be the same on every run.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash & 0xFFFF;
    }

    private static string Rate(long errors, long length) => $"{100.0 * errors / Math.Max(1, length):F3}%";

    private static List<(string Kind, Func<string, DamageGenerator, Case?> Make)> Kinds() =>
    [
        ("clean", (d, _) => new Case(d, d)),
        ("utf8-as-gbk", (d, g) => Lines(d, g, 0.3, DamageGenerator.Utf8ReadAsGbk)),
        ("utf8-as-latin1", (d, g) => Lines(d, g, 0.3, DamageGenerator.Utf8ReadAsLatin1)),
        ("utf8-as-windows1252", (d, g) => Lines(d, g, 0.3, DamageGenerator.Utf8ReadAsWindows1252)),
        ("double-utf8", (d, g) => Lines(d, g, 0.3, DamageGenerator.DoubleUtf8)),
        ("gbk-as-latin1", (d, g) => Lines(d, g, 0.3, DamageGenerator.GbkReadAsLatin1)),
        ("big5-as-gbk", (d, g) => TraditionalLines(d, g)),
        ("gbk-as-big5", (d, g) => Lines(d, g, 0.3, line => DamageGenerator.GbkReadAsBig5(line) ?? line)),
        ("misaligned-plain", (d, g) => MisalignedPlain(d, g)),
        ("site-rendered", (d, _) => new Case(d, DamageGenerator.SiteRender(d))),
        ("site-misaligned", (d, g) => SiteMisaligned(d, g)),
        ("boilerplate", (d, g) => new Case(d, g.AddBoilerplate(d, d.Split('\n')[0].Trim()))),
        ("lost-separator", (d, _) => new Case(d, DamageGenerator.LoseSeparators(d))),
        ("file-gb18030", (d, _) => Bytes(d, CodePages.Gb18030.GetBytes(d))),
        ("file-gbk-meta-says-utf8", (d, _) => Bytes(d, CodePages.Gb18030.GetBytes(d), "utf-8")),
        ("file-utf16le", (d, _) => Bytes(d, Encoding.Unicode.GetBytes(d))),
        ("file-utf16be", (d, _) => Bytes(d, Encoding.BigEndianUnicode.GetBytes(d))),
        ("file-utf8-bom", (d, _) => Bytes(d, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(d)])),
        ("file-big5", (d, _) => Big5File(d)),
    ];

    private static Case Bytes(string clean, byte[] bytes, string? declared = null) =>
        new(clean, CodePages.Utf8.GetString(bytes), bytes, declared);

    private static Case? Big5File(string document)
    {
        var traditional = DamageGenerator.ToTraditional(document);
        try
        {
            return Bytes(traditional, CodePages.Big5Strict.GetBytes(traditional));
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static Case Lines(string document, DamageGenerator generator, double share, Func<string, string> damage)
    {
        var lines = document.Split('\n');
        foreach (var n in generator.PickLines(lines, share)) lines[n] = damage(lines[n]);
        return new Case(document, string.Join('\n', lines));
    }

    // Big5 bytes only exist for traditional text: the clean original of a damaged line is its traditional form.
    private static Case TraditionalLines(string document, DamageGenerator generator)
    {
        var lines = document.Split('\n');
        var clean = (string[])lines.Clone();
        foreach (var n in generator.PickLines(lines, 0.3))
        {
            var traditional = DamageGenerator.ToTraditional(lines[n]);
            try
            {
                CodePages.Big5Strict.GetBytes(traditional);
            }
            catch (EncoderFallbackException)
            {
                continue;
            }
            clean[n] = traditional;
            lines[n] = DamageGenerator.Big5ReadAsGbk(traditional);
        }
        return new Case(string.Join('\n', clean), string.Join('\n', lines));
    }

    private static Case MisalignedPlain(string document, DamageGenerator generator)
    {
        var lines = document.Split('\n');
        foreach (var n in generator.PickLines(lines, 0.4))
        {
            var hanPositions = new List<int>();
            for (var i = 1; i < lines[n].Length; i++) if (ChineseCharacters.IsHan(lines[n][i])) hanPositions.Add(i);
            if (hanPositions.Count == 0) continue;
            lines[n] = DamageGenerator.Misalign(lines[n], hanPositions[generator.Next(hanPositions.Count)]);
        }
        return new Case(document, string.Join('\n', lines));
    }

    private static Case SiteMisaligned(string document, DamageGenerator generator)
    {
        var rendered = DamageGenerator.SiteRender(document);
        var lines = rendered.Split('\n');
        foreach (var n in generator.PickLines(lines, 0.4))
        {
            var positions = new List<int>();
            for (var i = 1; i < lines[n].Length; i++) if (ChineseCharacters.IsHan(lines[n][i]) || lines[n][i] is '。' or '“') positions.Add(i);
            if (positions.Count == 0) continue;
            lines[n] = DamageGenerator.Misalign(lines[n], positions[generator.Next(positions.Count)]);
        }
        return new Case(document, string.Join('\n', lines));
    }

    // Repair is called once per document: measure it that way, repeating each document until enough text has passed.
    private static void Throughput(TextRepairer repairer, List<string> documents)
    {
        var damaged = documents.Select(d => SiteMisaligned(d, new DamageGenerator(Seed)).Damaged).ToList();
        Console.WriteLine("| text | size | time | throughput |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, texts, target) in new[] { ("clean", documents, 20_000_000L), ("site-rendered + misaligned", damaged, 1_000_000L) })
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

    private static string Repeat(string text, int minimumChars)
    {
        var builder = new StringBuilder(minimumChars + text.Length);
        while (builder.Length < minimumChars) builder.Append(text).Append("\n\n");
        return builder.ToString();
    }

    private static List<string> Load(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(ReadUtf8)
            .OfType<string>()
            .ToList();
    }

    /// <summary>The file's text when it is valid UTF-8 (CRLF as LF); null for a legacy-encoded file, which is no clean original.</summary>
    public static string? ReadUtf8(string path)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF').Replace("\r\n", "\n");
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Levenshtein distance over characters, after stripping the common prefix and suffix (damage is local).</summary>
    public static int EditDistance(string a, string b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var x = a.AsSpan(prefix, a.Length - prefix - suffix);
        var y = b.AsSpan(prefix, b.Length - prefix - suffix);
        if (x.Length == 0) return y.Length;
        if (y.Length == 0) return x.Length;
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++) previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[y.Length];
    }
}
