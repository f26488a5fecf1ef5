using System.Diagnostics;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Ingestion;

/// <summary>Runs a batch of files through the pipeline into the index, both cores busy, one clear result per file.</summary>
public sealed class IngestService
{
    private readonly OpsPipeline _pipeline;
    private readonly IKnowledgeIndex _index;
    private readonly IngestOptions _options;

    public IngestService(OpsPipeline pipeline, IKnowledgeIndex index, IngestOptions? options = null)
    {
        _pipeline = pipeline;
        _index = index;
        _options = options ?? IngestOptions.Default;
    }

    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var (files, problems) = new SourceFileFinder(_pipeline.CanRead).Find(paths);
        // Content hashes of what is indexed, read once: asking the index per file would reopen its reader after every upsert.
        // A document indexed with an older entry layout counts as changed, so upgrading re-indexes it.
        var indexed = _index.Documents().Where(d => d.Layout == _index.Layout).ToDictionary(d => d.Id, d => d.ContentHash, StringComparer.Ordinal);
        var results = new IngestFileResult[files.Count];
        var claimedIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var gate = new object();
        var done = 0;
        var changedSinceCommit = 0;

        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var path = files[i];
                var docId = Path.GetFileName(path);
                IngestFileResult result;
                lock (claimedIds)
                {
                    if (claimedIds.TryGetValue(docId, out var other))
                    {
                        result = Failed(path, $"same file name as {other}: documents are named by file name, rename one of them");
                        results[i] = result;
                        Report(result);
                        return;
                    }
                    claimedIds[docId] = path;
                }

                result = await IngestOneAsync(path, indexed.GetValueOrDefault(docId), token).ConfigureAwait(false);
                results[i] = result;
                if (result.Status == IngestStatus.Ingested)
                {
                    bool commit;
                    lock (gate)
                    {
                        commit = ++changedSinceCommit >= _options.CommitEvery;
                        if (commit) changedSinceCommit = 0;
                    }
                    // Outside the lock: the other workers go on reading and indexing while this one commits.
                    if (commit) _index.Commit();
                }
                Report(result);
            }).ConfigureAwait(false);

        _index.Commit();
        return new IngestSummary([.. problems, .. results], clock.Elapsed);

        void Report(IngestFileResult result)
        {
            var count = Interlocked.Increment(ref done);
            progress?.Report(new IngestProgress(count, files.Count, result));
        }
    }

    private async Task<IngestFileResult> IngestOneAsync(string path, string? indexedHash, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The per-file clock starts before the file is opened: opening and reading count against the limit too.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FileTimeout);
        var gaveUp = $"gave up after {_options.FileTimeout.TotalSeconds:F0} s (per-file time limit)";
        byte[] bytes;
        try
        {
            var (read, reason) = await RegularFile.ReadAsync(path, _options.MaxFileBytes, timeout.Token).ConfigureAwait(false);
            if (read is null) return Failed(path, reason!);
            bytes = read;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(path, gaveUp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"cannot read file: {ex.Message}");
        }

        var file = new SourceFile(path, bytes);
        var docId = file.Name;
        var hash = file.ContentHash;
        if (!_options.Force && indexedHash == hash)
        {
            return new IngestFileResult { Path = path, DocId = docId, Status = IngestStatus.Unchanged, Bytes = bytes.Length, Elapsed = clock.Elapsed };
        }

        ProcessedFile processed;
        var left = _options.FileTimeout - clock.Elapsed;
        if (left <= TimeSpan.Zero) return Failed(path, gaveUp);
        var work = Task.Run(() => _pipeline.Process(file, timeout.Token), CancellationToken.None);
        try
        {
            processed = await work.WaitAsync(left, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Failed(path, gaveUp);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(path, gaveUp);
        }

        if (processed.Document is not { } document) return Failed(path, processed.Error ?? "unreadable");

        // The content hash is what makes re-ingest of an unchanged file free.
        if (document.ContentHash != hash) document = document with { ContentHash = hash };
        _index.Upsert(document, processed.Records);

        return new IngestFileResult
        {
            Path = path,
            DocId = docId,
            Status = IngestStatus.Ingested,
            Sections = document.Sections.Count,
            Tables = document.Blocks.Count(b => b is Core.Model.Table),
            Records = processed.Records.Count,
            Repairs = document.Repair.Repairs.Count,
            Partial = document.Repair.Partial,
            Warning = processed.Warning,
            Bytes = bytes.Length,
            Elapsed = clock.Elapsed,
        };
    }

    private static IngestFileResult Failed(string path, string reason) =>
        new() { Path = path, DocId = Path.GetFileName(path), Status = IngestStatus.Failed, Reason = reason };
}
