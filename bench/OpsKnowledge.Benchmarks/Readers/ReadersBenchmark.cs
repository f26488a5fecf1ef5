using System.Diagnostics;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Consistency;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Html;
using OpsKnowledge.Ingest.Markdown;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Benchmarks.Readers;

/// <summary>Cross-format consistency (share of the Markdown outline and cells each reader reproduces) and reading speed per format.</summary>
public static class ReadersBenchmark
{
    private const string Plan = "shequ-yanglao-yunying-fangan";

    /// <summary>args: [consistency fixtures folder] [corpus folder] [seconds per format].</summary>
    public static int Run(string[] args)
    {
        var fixtures = args.Length > 0 ? args[0] : "tests/OpsKnowledge.Ingest.Tests/Consistency/Fixtures";
        var corpus = args.Length > 1 ? args[1] : "corpus";
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;

        // Each format read through the whole read path (parse, decode, repair, structure), as before the parsers split from it; PDF without OCR.
        var readers = new Dictionary<string, OpsPipeline>
        {
            ["html"] = Reading(new HtmlParser()),
            ["docx"] = Reading(new DocxParser()),
            ["pdf"] = Reading(new PdfParser()),
        };

        var failed = false;
        var markdown = Reading(new MarkdownParser()).Read(SourceFile.Load(Path.Combine(fixtures, $"{Plan}.md")));
        if (markdown.Document is null)
        {
            Console.WriteLine($"reference Markdown unreadable: {markdown.Error}");
            return 1;
        }
        Console.WriteLine("| format | sections | cells | match share |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (format, reader) in readers)
        {
            var result = reader.Read(SourceFile.Load(Path.Combine(fixtures, $"{Plan}.{format}")));
            if (result.Document is null)
            {
                Console.WriteLine($"| {format} | failed: {result.Error} | | |");
                failed = true;
                continue;
            }
            var score = DocumentConsistency.Compare(markdown.Document!, result.Document!);
            Console.WriteLine($"| {format} | {score.SectionsMatched}/{score.SectionsTotal} | {score.CellsMatched}/{score.CellsTotal} | {score.Share:P1} |");
            failed |= score.Share < 0.98;
        }

        Console.WriteLine();
        Console.WriteLine("| format | files | MB read | pages | speed |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (format, reader) in readers)
        {
            var files = Directory.Exists(corpus)
                ? Directory.EnumerateFiles(corpus).Where(reader.CanRead).Select(SourceFile.Load).ToList()
                : [];
            if (files.Count == 0) continue;
            foreach (var file in files) reader.Read(file); // warm-up: JIT, ICU and font caches
            var watch = Stopwatch.StartNew();
            long bytes = 0;
            var pages = 0;
            var rounds = 0;
            do
            {
                foreach (var file in files)
                {
                    var document = reader.Read(file).Document;
                    bytes += file.Bytes.Length;
                    pages += document?.PageCount ?? 0;
                }
                rounds++;
            }
            while (watch.Elapsed.TotalSeconds < seconds);
            var elapsed = watch.Elapsed.TotalSeconds;
            var mb = bytes / 1048576.0;
            var speed = format == "pdf" ? $"{pages / elapsed:F1} pages/s" : $"{mb / elapsed:F2} MB/s";
            Console.WriteLine($"| {format} | {files.Count} x{rounds} | {mb:F2} | {pages} | {speed} |");
        }
        return failed ? 1 : 0;
    }

    private static readonly TextRepairer Repairer = new();

    private static OpsPipeline Reading(IFormatParser parser) => new OpsPipelineBuilder().UseRepairer(Repairer).AddParser(parser).Build();
}
