using System.Collections.Concurrent;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Watching;

/// <summary>Keeps an index in step with folders: catches up on start, then ingests each new or changed file once it is quiet and removes the documents of deleted files.</summary>
/// <remarks>One loop does all the writing, so the index has one writer; events only note which paths were touched and when.</remarks>
public sealed class FolderWatcher
{
    private readonly OpsPipeline _pipeline;
    private readonly IKnowledgeIndex _index;
    private readonly IReadOnlyList<string> _folders;
    private readonly FolderWatchOptions _options;
    private readonly Action<WatchChange> _report;
    // Path → when an event last touched it; a path is handled once it has been quiet for the debounce time.
    private readonly ConcurrentDictionary<string, DateTime> _pending = new(StringComparer.Ordinal);
    // Watched files whose documents are indexed, path → document id: a deleted folder takes its files' documents with it.
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _rescan;

    public FolderWatcher(OpsPipeline pipeline, IKnowledgeIndex index, IEnumerable<string> folders, FolderWatchOptions? options, Action<WatchChange> report)
    {
        _pipeline = pipeline;
        _index = index;
        _folders = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal).ToList();
        _options = options ?? FolderWatchOptions.Default;
        _report = report;
        foreach (var folder in _folders)
        {
            if (!Directory.Exists(folder)) throw new ArgumentException($"{folder}: no such folder", nameof(folders));
        }
    }

    /// <summary>The watched folders, as full paths.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>Completes once the start-up catch-up is done and every change from then on is seen.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Catches up, then watches until cancelled; what was written is committed before it returns.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Watching starts before the catch-up, so a file written during it is not missed.
        var watchers = _folders.Select(Watch).ToList();
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(_options.Debounce.TotalMilliseconds / 5, 10, 100));
        try
        {
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
            _ready.TrySetResult();
            while (true)
            {
                await Task.Delay(tick, cancellationToken).ConfigureAwait(false);
                if (_rescan)
                {
                    // The system dropped events (its queue overflowed): only a full pass knows what changed.
                    _rescan = false;
                    await CatchUpAsync(cancellationToken).ConfigureAwait(false);
                }
                await HandleQuietPathsAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop between files; what is written is committed below.
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
            _index.Commit();
            _ready.TrySetResult();
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Touch(e.FullPath);
        // A folder's own "changed" is its listing; the files in it raise their own events.
        watcher.Changed += (_, e) => { if (!Directory.Exists(e.FullPath)) Touch(e.FullPath); };
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) => { Touch(e.OldFullPath); Touch(e.FullPath); };
        watcher.Error += (_, _) => _rescan = true;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Touch(string path) => _pending[path] = DateTime.UtcNow;

    /// <summary>A normal incremental ingest of the folders (unchanged files are skipped by content hash), then removal of documents whose file is gone.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var indexed = _index.Documents().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var summary = await new IngestService(_pipeline, _index, _options.Ingest).IngestAsync(_folders, null, cancellationToken).ConfigureAwait(false);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in summary.Files)
        {
            Report(file, indexed.Contains(file.DocId ?? ""));
            if (file.DocId is { } id) present.Add(id);
        }

        var removed = false;
        foreach (var document in _index.Documents())
        {
            if (present.Contains(document.Id)) continue;
            // Only documents read from the watched folders are this watcher's to remove; others came from elsewhere.
            if (_index.LoadDocument(document.Id)?.SourcePath is not { } source || !IsWatched(source) || File.Exists(source)) continue;
            removed |= Remove(source, document.Id);
        }
        if (removed) _index.Commit();
    }

    private async Task HandleQuietPathsAsync(CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var quiet = _pending.Where(p => now - p.Value >= _options.Debounce).ToList();
        if (quiet.Count == 0) return;
        foreach (var entry in quiet) _pending.TryRemove(entry);

        // Deletions first: a file moved to another watched folder under the same name keeps its document.
        var paths = quiet.Select(p => p.Key).OrderBy(p => File.Exists(p) || Directory.Exists(p)).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var removed = false;
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsWatched(path)) continue;
            if (File.Exists(path))
            {
                await IngestFileAsync(path, cancellationToken).ConfigureAwait(false);
            }
            else if (Directory.Exists(path))
            {
                // A folder moved or copied in: its files go through the queue like any other, so a file still being copied waits.
                var (files, _) = new SourceFileFinder(_pipeline.CanRead).Find([path]);
                foreach (var file in files) Touch(file);
            }
            else
            {
                removed |= RemoveGone(path);
            }
        }
        if (removed) _index.Commit();
    }

    private async Task IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!_pipeline.CanRead(path)) return;
        // Still being written (a write without an event, or one that came in just now): wait for it to be quiet.
        var age = DateTime.UtcNow - File.GetLastWriteTimeUtc(path);
        if (age >= TimeSpan.Zero && age < _options.Debounce)
        {
            Touch(path);
            return;
        }

        var docId = Path.GetFileName(path);
        var indexedSource = _index.ContentHashOf(docId) is null ? null : _index.LoadDocument(docId)?.SourcePath;
        var options = _options.Ingest;
        if (indexedSource is not null && indexedSource != path)
        {
            if (File.Exists(indexedSource))
            {
                Report(new IngestFileResult
                {
                    Path = path,
                    DocId = docId,
                    Status = IngestStatus.Failed,
                    Reason = $"same file name as {indexedSource}: documents are named by file name, rename one of them",
                }, wasIndexed: true);
                return;
            }
            // The file moved: read it again so the document points at where it is now.
            options = options with { Force = true };
            _known.Remove(indexedSource);
        }

        var summary = await new IngestService(_pipeline, _index, options).IngestAsync([path], null, cancellationToken).ConfigureAwait(false);
        foreach (var file in summary.Files) Report(file, indexedSource is not null);
    }

    /// <summary>Removes the documents of a deleted file, or of every file under a deleted folder.</summary>
    private bool RemoveGone(string path)
    {
        var under = path + Path.DirectorySeparatorChar;
        var gone = _known.Where(k => k.Key == path || k.Key.StartsWith(under, StringComparison.Ordinal)).ToList();
        var removed = false;
        foreach (var (file, docId) in gone) removed |= Remove(file, docId);
        if (gone.Count == 0 && _pipeline.CanRead(path)) removed |= Remove(path, Path.GetFileName(path));
        return removed;
    }

    /// <summary>Deletes the document when it still comes from this path (a file of the same name elsewhere may have taken the id over).</summary>
    private bool Remove(string path, string docId)
    {
        _known.Remove(path);
        if (_index.LoadDocument(docId)?.SourcePath != path || !_index.Delete(docId)) return false;
        _report(new WatchChange { Kind = WatchChangeKind.Removed, Path = path, DocId = docId });
        return true;
    }

    private void Report(IngestFileResult file, bool wasIndexed)
    {
        var docId = file.DocId ?? Path.GetFileName(file.Path);
        switch (file.Status)
        {
            case IngestStatus.Ingested:
                _known[file.Path] = docId;
                _report(new WatchChange { Kind = wasIndexed ? WatchChangeKind.Updated : WatchChangeKind.Added, Path = file.Path, DocId = docId, Records = file.Records });
                break;
            case IngestStatus.Unchanged:
                _known[file.Path] = docId;
                break;
            default:
                _report(new WatchChange { Kind = WatchChangeKind.Failed, Path = file.Path, DocId = docId, Reason = file.Reason });
                break;
        }
    }

    /// <summary>True for a path inside a watched folder and outside hidden folders (.git, .cache), which hold no plans.</summary>
    private bool IsWatched(string path)
    {
        foreach (var folder in _folders)
        {
            var relative = Path.GetRelativePath(folder, path);
            if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)) continue;
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts[..^1].All(p => !p.StartsWith('.'))) return true;
        }
        return false;
    }
}
