using System.Diagnostics;
using System.Text.RegularExpressions;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract;

namespace OpsKnowledge.Benchmarks.Extraction;

/// <summary>
/// Record extraction against the hand-made gold (tests/gold/records): precision and recall per kind and per source, scope accuracy.
/// Runs the full pipeline (read, repair, structure, extract) on every annotated corpus document;
/// `--structure-only` feeds .txt/.md text straight to the structure stage instead, to measure extraction alone.
/// </summary>
public static class ExtractionBenchmark
{
    public static int Run(string[] args)
    {
        var corpus = CorpusLocator.Find();
        if (corpus is null)
        {
            Console.Error.WriteLine("corpus/ not found: run from the repository");
            return 2;
        }
        var goldDirectory = Path.Combine(Path.GetDirectoryName(corpus)!, "tests", "gold", "records");
        var structureOnly = args.Contains("--structure-only");
        var verbose = args.Contains("-v") || args.Contains("--verbose");
        var extractor = RecordExtractor.Default;
        var score = new ExtractionScore();
        var extractTime = TimeSpan.Zero;
        var characters = 0L;
        foreach (var goldPath in Directory.GetFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldFile.Load(goldPath);
            var path = Path.Combine(corpus, gold.Doc);
            var document = structureOnly ? StructureOnly(path) : Pipeline(path);
            if (document is null) continue;
            var watch = Stopwatch.StartNew();
            IReadOnlyList<Record> records = extractor.Extract(document);
            extractTime += watch.Elapsed;
            characters += document.Text.Length;
            score.Add(gold.Doc, gold.Records, records);
        }
        Console.WriteLine($"record extraction vs tests/gold/records ({(structureOnly ? "structure stage only" : "full pipeline")})");
        score.Print(Console.Out);
        Console.WriteLine($"extraction time: {extractTime.TotalMilliseconds:F1} ms for {characters:N0} characters (first call includes regex construction)");
        if (verbose)
        {
            foreach (var line in score.Misses) Console.WriteLine(line);
            foreach (var line in score.Extras) Console.WriteLine(line);
        }
        return 0;
    }

    private static Document? Pipeline(string path)
    {
        var processed = DefaultPipeline.Instance.Process(SourceFile.Load(path));
        if (processed.Document is null) Console.Error.WriteLine($"{Path.GetFileName(path)}: {processed.Error}");
        return processed.Document;
    }

    private static Document StructureOnly(string path)
    {
        var text = File.ReadAllText(path);
        // Markdown heading marks are the reader's business; the structure stage recognizes the numbers behind them.
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) text = Regex.Replace(text, @"(?m)^#+\s*", "");
        var name = Path.GetFileName(path);
        var blocks = new Structure.PlainTextStructurer().Split(text);
        var unstructured = new Document
        {
            Id = name,
            SourcePath = path,
            Format = "txt",
            OriginalText = text,
            Text = "",
            Repair = RepairReport.None,
            Sections = [],
            Blocks = [],
        };
        return new Structure.DocumentBuilder().Build(unstructured, blocks);
    }
}
