// Benchmarks are separate from the test suite: `dotnet run -c Release --project bench/OpsKnowledge.Benchmarks -- <name> [args]`.
// Each measurement lives in its own folder and registers one line here.
var benchmarks = new Dictionary<string, (string Description, Func<string[], int> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["load"] = ("concurrent clients against a running opsk serve: --url URL --seconds N --clients 8,32,64", OpsKnowledge.Benchmarks.Load.LoadBenchmark.Run),
    ["extract"] = ("record extraction P/R per kind and source vs tests/gold/records [--structure-only] [-v]", OpsKnowledge.Benchmarks.Extraction.ExtractionBenchmark.Run),
    ["extract-real"] = ("record extraction on real documents with hand-written gold (shared/real-dev), per document and per tune/check half: [--dir DIR] [--misses FILE] [--show-check]", OpsKnowledge.Benchmarks.RealExtraction.RealExtractionBenchmark.Run),
    ["search"] = ("Chinese analysis speed, index build and gold-query recall/MRR over the corpus", OpsKnowledge.Benchmarks.Search.SearchQualityBenchmark.Run),
    ["search-real"] = ("search quality on the real documents (shared/real-dev): MRR@10, P@5, recall@10 of judged consultant queries per tune/check half [--dir DIR] [--verbose] [--show-check]", OpsKnowledge.Benchmarks.Search.RealSearchBenchmark.Run),
    ["readers"] = ("cross-format consistency vs Markdown (sections, cells) and reading speed (PDF pages/s, HTML/DOCX MB/s)", OpsKnowledge.Benchmarks.Readers.ReadersBenchmark.Run),
    ["repair"] = ("repair engine: CER per damage kind and throughput over a corpus folder", OpsKnowledge.Benchmarks.Repair.RepairBenchmark.Run),
    ["repair-matrix"] = ("repair of damage made by python3 codecs and iconv -c: CER per true encoding × reading × loss, calibration [--cell C] [--show C|all] [folders]", OpsKnowledge.Benchmarks.Repair.RepairMatrixBenchmark.Run),
    ["generate"] = ("deterministic corpus of N plans: --size N [--seed S] [--out DIR]", OpsKnowledge.Benchmarks.CorpusGeneration.CorpusGenerator.Run),
    ["macro"] = ("ingest, re-ingest and search one corpus size: --size N [--work DIR] [--http URL-with-{0}]", OpsKnowledge.Benchmarks.Macro.MacroBenchmark.Run),
    ["extract-speed"] = ("one-thread MB/s of read+structure, repair and extraction over a corpus: [--corpus DIR] [--rounds N] [--dump FILE.jsonl]", OpsKnowledge.Benchmarks.Micro.ExtractSpeedBenchmark.Run),
    ["index"] = ("index stage alone (cached processed documents): upsert CPU seconds, 1 and 2 threads, and search latency: --size N [--work DIR] [--search-only] [--no-search]", OpsKnowledge.Benchmarks.Macro.IndexStageBenchmark.Run),
    ["micro"] = ("BenchmarkDotNet short run of the hot paths: repair fast path, analysis, extraction, highlighter", OpsKnowledge.Benchmarks.Micro.MicroBenchmark.Run),
    ["anchors"] = ("ratios against opencc (traditional→simplified) and python3-jieba (segmentation) on the same text", OpsKnowledge.Benchmarks.Macro.AnchorBenchmark.Run),
    ["snapshot"] = ("what the default pipeline makes of each file (document + records JSON) for diffing two trees: --out DIR FOLDER...", OpsKnowledge.Benchmarks.Snapshot.PipelineSnapshot.Run),
    ["formats"] = ("each corpus plan rendered into old/open/WPS office formats and 200/300 dpi scans: records recall, OCR CER, OCR pages/s: [--work DIR] [--corpus DIR] [--out FILE.md] [--dump DIR] [-v]", OpsKnowledge.Benchmarks.Formats.FormatsBenchmark.Run),
    ["report"] = ("write docs/PERFORMANCE.md (generated part) and docs/performance.svg from the saved results", OpsKnowledge.Benchmarks.Macro.PerformanceReport.Run),
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var chosen))
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/OpsKnowledge.Benchmarks -- <benchmark> [args]");
    foreach (var (name, (description, _)) in benchmarks.OrderBy(b => b.Key))
    {
        Console.WriteLine($"  {name,-14} {description}");
    }
    return args.Length == 0 ? 0 : 2;
}

return chosen.Run(args[1..]);
