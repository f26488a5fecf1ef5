using System.Diagnostics;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Search;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Splits the index stage: upserts of already-processed documents alone, then with the content-hash lookup IngestService does before each one.</summary>
/// <remarks>The lookup is a search; after an upsert it makes the searcher manager reopen a near-real-time reader, which flushes a tiny segment.</remarks>
public static class IndexProbe
{
    public sealed record Result(int Documents, double UpsertOnlyMsPerDocument, double LookupAndUpsertMsPerDocument);

    public static Result Measure(OpsPipeline pipeline, string corpus, string work, int documents = 300)
    {
        var processed = new List<(Document Document, IReadOnlyList<Record> Records)>();
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(pipeline.CanRead))
        {
            if (processed.Count >= documents) break;
            var result = pipeline.Process(SourceFile.Load(file));
            if (result.Document is { } document) processed.Add((document, result.Records));
        }

        double Time(bool lookup)
        {
            var directory = Path.Combine(work, $"probe-{(lookup ? "lookup" : "plain")}");
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            double elapsed;
            using (var index = KnowledgeIndex.Open(directory, options: DefaultIndexOptions.Instance))
            {
                var start = Stopwatch.GetTimestamp();
                foreach (var (document, records) in processed)
                {
                    if (lookup) index.ContentHashOf(document.Id);
                    index.Upsert(document, records);
                }
                index.Commit();
                elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            Directory.Delete(directory, recursive: true);
            return elapsed / processed.Count;
        }

        Time(false);
        return new Result(processed.Count, Time(false), Time(true));
    }
}
