using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace OpsKnowledge.Search.Indexing;

/// <summary>The Lucene side of an opened index: its folder, the one writer when read-write, and the searchers every read goes through.</summary>
/// <remarks>
/// Searches go through a <see cref="SearcherManager"/>, so any number of threads may search while another upserts. Reads see this
/// instance's own upserts; other processes' changes once they commit.
/// </remarks>
internal sealed class OpenLuceneIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly FSDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly WriterLock? _writerLock;
    private readonly System.Threading.Lock _openLock = new();
    private SearcherManager? _searchers;
    private int _changed;
    private bool _disposed;

    public OpenLuceneIndex(string path, bool readOnly, Analyzer analyzer)
    {
        Path = path;
        if (!readOnly) System.IO.Directory.CreateDirectory(path);
        // Searching maps the index into memory (fast random reads). Writing does not: merges read every segment once, and mapped
        // they made the ingest's resident memory grow with the index (5.1 GB of file pages at 100,000 documents) for no speed gain.
        _directory = readOnly ? FSDirectory.Open(path) : new NIOFSDirectory(path);
        if (readOnly)
        {
            TryOpenReader();
            return;
        }

        _writerLock = WriterLock.Acquire(path);
        Mended = IndexMender.Mend(_directory, path);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = new BM25Similarity(),
            // Ingest commits every few hundred documents, so segments are flushed small and often: packing each into a
            // compound file copied every byte once more (~4% of the index stage) for fewer open files we do not need.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException)
        {
            // Another writer holds the index; the application turns this into a one-line message.
            _directory.Dispose();
            throw;
        }
        // A first commit makes an empty index that read-only openers (the web front end, another CLI) can open.
        if (!DirectoryReader.IndexExists(_directory)) _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public string Path { get; }

    public bool IsReadOnly => _writer is null;

    /// <summary>What opening for writing removed from a damaged index (segments failing their checksums), in one line; null when nothing.</summary>
    public string? Mended { get; }

    /// <summary>Runs a change through the writer; the next read refreshes its searcher to see it.</summary>
    public void Change(Action<IndexWriter> change)
    {
        change(Writable());
        Interlocked.Exchange(ref _changed, 1);
    }

    public void Commit()
    {
        // Cleared first: an upsert on another thread while this commits marks the index changed again for the next read.
        Interlocked.Exchange(ref _changed, 0);
        Writable().Commit();
        _searchers?.MaybeRefreshBlocking();
    }

    /// <summary>Fails unless the index is open for writing.</summary>
    public void EnsureWritable() => Writable();

    public T Read<T>(Func<IndexSearcher, T> read, T whenEmpty)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searchers = _searchers ?? TryOpenReader();
        if (searchers is null) return whenEmpty;

        if (_writer is not null)
        {
            // Reads reflect this instance's own upserts and deletes, committed or not.
            if (Interlocked.Exchange(ref _changed, 0) == 1) searchers.MaybeRefreshBlocking();
        }
        else
        {
            // Read-only: pick up what another process has committed (a cheap check when nothing changed).
            searchers.MaybeRefresh();
        }

        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index; a read-write index commits what was upserted since the last commit (Lucene's close semantics).</summary>
    public void Dispose()
    {
        lock (_openLock)
        {
            if (_disposed) return;
            _disposed = true;
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
            _writerLock?.Dispose();
        }
    }

    private IndexWriter Writable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw new InvalidOperationException($"The index at {Path} was opened read-only.");
    }

    private SearcherManager? TryOpenReader()
    {
        lock (_openLock)
        {
            if (_searchers is not null || _disposed) return _searchers;
            if (!DirectoryReader.IndexExists(_directory)) return null;
            _searchers = new SearcherManager(_directory, new Bm25SearcherFactory());
            return _searchers;
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
