using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpsKnowledge.Application;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Writes a deterministic corpus of N plans (seeded, one Random per document) to disk, one file at a time, never the whole corpus in memory.</summary>
public static partial class CorpusGenerator
{
    public const string ManifestName = "corpus.json";

    /// <summary>Raised whenever the generator's output changes, so an old corpus on disk is made again rather than measured as if new.</summary>
    public const int GeneratorVersion = 2;

    public static int Run(string[] args)
    {
        var size = int.Parse(Option(args, "--size") ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "7", System.Globalization.CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "opsk-perf", $"corpus-{size}");
        var source = Option(args, "--corpus") ?? CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found; pass --corpus");
        var manifest = Generate(CorpusMaterial.Load(source), size, seed, output);
        Console.WriteLine($"generated {manifest.Documents} documents, {manifest.Bytes / 1e6:F1} MB, in {manifest.GenerationSeconds:F1} s → {output}");
        Console.WriteLine($"  formats: {string.Join(", ", manifest.ByFormat.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; PDF pages {manifest.PdfPages}");
        Console.WriteLine($"  damage:  {string.Join(", ", manifest.ByDamage.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}");
        return 0;
    }

    /// <summary>Generates into <paramref name="output"/> (emptied first) and returns the manifest; reuses an existing corpus with the same size and seed.</summary>
    public static CorpusManifest Generate(CorpusMaterial material, int size, int seed, string output)
    {
        var manifestPath = Path.Combine(output, ManifestName);
        if (File.Exists(manifestPath) && JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(manifestPath)) is { } existing
            && existing.Documents == size && existing.Seed == seed && existing.GeneratorVersion == GeneratorVersion)
        {
            return existing;
        }
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);

        var clock = Stopwatch.StartNew();
        var assembler = new PlanAssembler(material);
        var pdfPages = material.PdfFiles.ToDictionary(f => f, f => PdfPageCount(File.ReadAllBytes(f)));
        var byFormat = new ConcurrentDictionary<string, int>();
        var bytesByFormat = new ConcurrentDictionary<string, long>();
        var byDamage = new ConcurrentDictionary<string, int>();
        long totalBytes = 0;
        var pages = 0;

        Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(unchecked(seed * 1_000_003 + i));
            var folder = Path.Combine(output, $"d{i / 1000:D3}");
            Directory.CreateDirectory(folder);
            var draw = random.Next(100);
            var damage = random.Next(5) == 0 ? (DamageKind)(1 + random.Next(5)) : DamageKind.None;
            string format;
            byte[] bytes;
            if (draw < 2 && material.PdfFiles.Count > 0)
            {
                format = "pdf";
                damage = DamageKind.None;
                var original = material.PdfFiles[random.Next(material.PdfFiles.Count)];
                bytes = File.ReadAllBytes(original);
                Interlocked.Add(ref pages, pdfPages[original]);
            }
            else if (draw < 4)
            {
                // Word documents carry text damage pasted in from scraped pages, never byte-level damage.
                format = "docx";
                if (damage is DamageKind.GbkBytes or DamageKind.LostByteInGbk) damage = DamageKind.None;
                var blocks = TextDamage.DamageBlocks(assembler.Assemble(random, 1800 + random.Next(3000)), damage, random);
                bytes = DocxPlanWriter.Write(blocks, numberedHeadings: random.Next(2) == 0);
            }
            else
            {
                format = draw < 38 ? "txt" : draw < 68 ? "md" : "html";
                var blocks = TextDamage.DamageBlocks(assembler.Assemble(random, 1800 + random.Next(3000)), damage, random);
                var gbk = damage is DamageKind.GbkBytes or DamageKind.LostByteInGbk;
                var text = format switch
                {
                    "txt" => PlanRenderer.Text(blocks, governmentStyle: random.Next(2) == 0),
                    "md" => PlanRenderer.Markdown(blocks),
                    _ => PlanRenderer.Html(blocks, gbk ? "gbk" : "utf-8", withFurniture: random.Next(2) == 0),
                };
                bytes = gbk ? TextDamage.GbkEncoding.GetBytes(text) : Encoding.UTF8.GetBytes(text);
                if (damage == DamageKind.LostByteInGbk) bytes = TextDamage.LoseBytes(bytes, random, 1 + random.Next(3));
            }

            var name = $"plan-{i:D6}-{damage.ToString().ToLowerInvariant()}.{format}";
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            byFormat.AddOrUpdate(format, 1, (_, n) => n + 1);
            bytesByFormat.AddOrUpdate(format, bytes.Length, (_, n) => n + bytes.Length);
            byDamage.AddOrUpdate(damage.ToString(), 1, (_, n) => n + 1);
            Interlocked.Add(ref totalBytes, bytes.Length);
        });

        var manifest = new CorpusManifest
        {
            Documents = size,
            Seed = seed,
            GeneratorVersion = GeneratorVersion,
            Bytes = totalBytes,
            ByFormat = new Dictionary<string, int>(byFormat),
            BytesByFormat = new Dictionary<string, long>(bytesByFormat),
            ByDamage = new Dictionary<string, int>(byDamage),
            PdfPages = pages,
            GenerationSeconds = clock.Elapsed.TotalSeconds,
        };
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
        return manifest;
    }

    /// <summary>Page objects in a PDF, counted in the raw bytes (the benchmark must not depend on a PDF library).</summary>
    public static int PdfPageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    internal static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
