using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Indexing;
using OpsKnowledge.Search.Querying;
using OpsKnowledge.Search.Snippets;
using Document = OpsKnowledge.Core.Model.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace OpsKnowledge.Search;

/// <summary>The Lucene index of ingested documents: their sections and records, searchable in Chinese, plus each stored document.</summary>
/// <remarks>
/// One writer stays open while the index is open read-write; searches go through a <see cref="SearcherManager"/>, so any number of
/// threads may search while another upserts. Reads see this instance's own upserts; other processes' changes once they commit.
/// </remarks>
public sealed class KnowledgeIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly FSDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly WriterLock? _writerLock;
    private readonly System.Threading.Lock _openLock = new();
    private SearcherManager? _searchers;
    private readonly SearchQueryBuilder _queries;
    private readonly SnippetHighlighter _highlighter;
    private readonly KeyTermReducer _keyTerms;
    private readonly KindFilters _kinds = new();
    private readonly Analyzer _analyzer;
    private int _changed;
    private bool _disposed;

    private KnowledgeIndex(string path, bool readOnly, KnowledgeIndexOptions options)
    {
        Directory = path;
        var words = new ChineseAnalyzer();
        var bigrams = new ChineseBigramAnalyzer();
        // Fields not listed (id, doc, kind ...) are whole-value keywords; see KeywordField.
        _analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.Heading] = bigrams,
            [IndexFields.Text] = bigrams,
            [IndexFields.PeriodBigrams] = bigrams,
        });
        _queries = new SearchQueryBuilder(words, bigrams, WithWordings(options.Synonyms));
        _highlighter = new SnippetHighlighter(words, bigrams);
        _keyTerms = new KeyTermReducer(words, bigrams);

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
        var config = new IndexWriterConfig(Version, _analyzer)
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
            // Another writer holds the index; callers (the CLI) turn this into a one-line message.
            _directory.Dispose();
            throw;
        }
        // A first commit makes an empty index that read-only openers (the web front end, another CLI) can open.
        if (!DirectoryReader.IndexExists(_directory)) _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>The catalogue's synonyms of a text plus its search wordings (GDP for 地区生产总值) and their synonyms.</summary>
    private static Func<string, IReadOnlyList<string>> WithWordings(Func<string, IReadOnlyList<string>>? synonyms) => text =>
    {
        var variants = SearchWordings.Default.Variants(text);
        if (synonyms is null) return variants;
        var names = new List<string>(synonyms(text));
        foreach (var variant in variants)
        {
            if (!names.Contains(variant)) names.Add(variant);
            foreach (var synonym in synonyms(variant))
            {
                if (!names.Contains(synonym)) names.Add(synonym);
            }
        }
        return names;
    };

    /// <summary>Opens the index in <paramref name="directory"/>, creating the folder and an empty index unless <paramref name="readOnly"/>.</summary>
    /// <remarks>A read-only index over a missing or empty folder behaves as an empty index until something is committed there.</remarks>
    public static KnowledgeIndex Open(string directory, bool readOnly = false, KnowledgeIndexOptions? options = null) =>
        new(Path.GetFullPath(directory), readOnly, options ?? KnowledgeIndexOptions.Default);

    /// <summary>The version of the entries' fields and analysis. Raised whenever they change: an ingest re-indexes documents
    /// written with another layout even when their files are unchanged, because their entries would no longer be found.</summary>
    /// <remarks>1 (implicit): word and bigram fields, records indexed by their evidence. 2: bigram text and heading fields, records by their own fields.
    /// 3: sections carry the scope their records lean to (a review chapter ranks below the plan's targets for a query asking for targets).</remarks>
    public const int Layout = 3;

    // Up to this many entries (about 1,500 plans) a search also counts every match; beyond, the count is a lower bound.
    private const int ExactCountEntries = 200_000;

    // Counting reads each match's record to merge those of one row or sentence; beyond this many matches the count is a lower bound.
    private const int ExactCountMatches = 20_000;

    public string Directory { get; }

    public bool IsReadOnly => _writer is null;

    /// <summary>What opening for writing removed from a damaged index (segments failing their checksums), in one line; null when nothing.</summary>
    public string? Mended { get; }

    /// <summary>The content hash of the indexed document, or null when it is not indexed.</summary>
    public string? ContentHashOf(string docId) =>
        Read(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"doc:{docId}")), 1);
            return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.ContentHash);
        }, null);

    /// <summary>How many indexed documents were written with an older <see cref="Layout"/>: search finds them only partly until they are ingested again.</summary>
    public int OutdatedDocuments() =>
        Read(searcher =>
        {
            var outdated = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Kind, EntryKinds.Document)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Layout, IndexEntryBuilder.LayoutValue)), Occur.MUST_NOT },
            };
            return searcher.Search(outdated, 1).TotalHits;
        }, 0);

    /// <summary>Replaces every entry of the document (its summary, sections and records) with the given ones.</summary>
    public void Upsert(Document document, IReadOnlyList<Record> records)
    {
        var writer = Writable();
        var entries = IndexEntryBuilder.Build(document, records, DateTimeOffset.UtcNow);
        writer.UpdateDocuments(new Term(IndexFields.Doc, document.Id), entries);
        Interlocked.Exchange(ref _changed, 1);
    }

    /// <summary>Removes every entry of the document; false when it was not indexed.</summary>
    public bool Delete(string docId)
    {
        var writer = Writable();
        if (ContentHashOf(docId) is null) return false;
        writer.DeleteDocuments(new Term(IndexFields.Doc, docId));
        Interlocked.Exchange(ref _changed, 1);
        return true;
    }

    public void Commit()
    {
        // Cleared first: an upsert on another thread while this commits marks the index changed again for the next read.
        Interlocked.Exchange(ref _changed, 0);
        Writable().Commit();
        _searchers?.MaybeRefreshBlocking();
    }

    /// <summary>Every indexed document, by id.</summary>
    public IReadOnlyList<DocumentSummary> Documents() =>
        Read(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Kind, EntryKinds.Document)), Math.Max(1, searcher.IndexReader.MaxDoc));
            var summaries = new List<DocumentSummary>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                if (OpsJson.Deserialize<DocumentSummary>(searcher.Doc(hit.Doc).Get(IndexFields.SummaryJson)) is { } summary) summaries.Add(summary);
            }
            summaries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return (IReadOnlyList<DocumentSummary>)summaries;
        }, []);

    /// <summary>The stored document as it was upserted, or null when it is not indexed.</summary>
    public Document? LoadDocument(string docId) => Read(searcher => LoadDocument(searcher, docId), null);

    private static Document? LoadDocument(IndexSearcher searcher, string docId)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"doc:{docId}")), 1);
        if (top.TotalHits == 0) return null;
        var data = searcher.Doc(top.ScoreDocs[0].Doc).GetBinaryValue(IndexFields.DocumentData);
        return data is null ? null : StoredDocumentCodec.Decode(data.Bytes.AsSpan(data.Offset, data.Length));
    }

    /// <summary>Stored records matching the filter: in index order, or best name match first when a name is given.</summary>
    public IReadOnlyList<Record> Records(RecordFilter filter) =>
        Read(searcher =>
        {
            var kind = string.IsNullOrWhiteSpace(filter.Kind) ? "record" : filter.Kind;
            var query = Filters(kind, filter.Doc, filter.Scope, filter.Period);
            TopDocs top;
            var limit = Math.Max(1, filter.Top);
            if (!string.IsNullOrWhiteSpace(filter.Name))
            {
                if (_queries.Name(filter.Name) is not { } name) return [];
                query.Add(name, Occur.MUST);
                top = searcher.Search(query, limit);
            }
            else
            {
                top = searcher.Search(query, null, limit, Sort.INDEXORDER);
            }

            var records = new List<Record>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                if (OpsJson.Deserialize<Record>(searcher.Doc(hit.Doc).Get(IndexFields.RecordJson)) is { } record) records.Add(record);
            }
            return (IReadOnlyList<Record>)records;
        }, []);

    public SearchResults Search(SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        if (parsed.IsEmpty) return SearchResults.None;

        return Read(searcher =>
        {
            var (query, keyTerms) = _keyTerms.Reduce(parsed, searcher.IndexReader);
            if (query.IsEmpty) return SearchResults.None with { KeyTerms = keyTerms };
            var (plan, terms, excluded) = _queries.Build(query);
            if (plan is null) return SearchResults.None with { KeyTerms = keyTerms };
            Restrict(plan, request);

            var offset = Math.Max(0, request.Offset);
            var wanted = offset + Math.Max(1, request.Top);
            // Records of one row or sentence merge into one hit, and records whose evidence holds an excluded wording drop out
            // (records are indexed by their own fields, not their evidence): fetch more entries than hits, more again when short.
            var fetch = wanted * 2 + 10;
            var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
            while (true)
            {
                var top = MaxScoreSearch.Search(searcher, plan, fetch);
                var groups = new List<HitGroup>();
                var byEvidence = new Dictionary<(string Doc, string Evidence), HitGroup>();
                foreach (var scoreDoc in top.Hits)
                {
                    var entry = searcher.Doc(scoreDoc.Doc);
                    var record = entry.Get(IndexFields.RecordJson) is { } json ? OpsJson.Deserialize<Record>(json) : null;
                    if (excluded.Count > 0 && record is not null && MentionsAny(record.Evidence, excluded)) continue;
                    if (record is not null && record.Evidence.Length > 0)
                    {
                        var key = (entry.Get(IndexFields.Doc), record.Evidence);
                        if (byEvidence.TryGetValue(key, out var group))
                        {
                            group.Records.Add(record);
                            continue;
                        }
                        byEvidence[key] = group = new HitGroup(entry, scoreDoc.Score, [record]);
                        groups.Add(group);
                    }
                    else
                    {
                        if (groups.Count >= wanted) break;
                        groups.Add(new HitGroup(entry, scoreDoc.Score, record is null ? [] : [record]));
                    }
                }
                if (groups.Count >= wanted || top.Hits.Length < fetch)
                {
                    var rows = new Dictionary<string, List<Record>>(StringComparer.Ordinal);
                    var hits = groups.Skip(offset).Take(wanted - offset)
                        .Select(g => ToHit(searcher, WithWholeRow(searcher, g, rows), terms, titles)).ToList();
                    var (total, lowerBound) = Count(searcher, plan, top, excluded);
                    return new SearchResults
                    {
                        TotalHits = Math.Max(total, Math.Min(groups.Count, wanted)),
                        TotalHitsIsLowerBound = lowerBound,
                        Offset = offset,
                        Hits = hits,
                        KeyTerms = keyTerms,
                        Facets = request.WithFacets ? CountFacets(searcher, query, request, excluded) : null,
                    };
                }
                fetch *= 4;
            }
        }, SearchResults.None);
    }

    /// <summary>How many hits match, records of one row or sentence once: exact on indexes up to <see cref="ExactCountEntries"/>
    /// entries and <see cref="ExactCountMatches"/> matches, else a lower bound.</summary>
    private static (int Total, bool LowerBound) Count(IndexSearcher searcher, ScoringPlan plan, MaxScoreSearch.Result top, IReadOnlyList<string> excluded)
    {
        if (searcher.IndexReader.MaxDoc > ExactCountEntries) return (top.Matched, !top.MatchedIsExact);
        var matches = new MatchCollector(ExactCountMatches);
        searcher.Search(plan.ToQuery(), matches);
        var seen = new HashSet<(string, string)>();
        var total = 0;
        var fields = new HashSet<string> { IndexFields.Doc, IndexFields.RecordJson };
        foreach (var doc in matches.Docs)
        {
            var entry = searcher.Doc(doc, fields);
            if (entry.Get(IndexFields.RecordJson) is { } json && OpsJson.Deserialize<Record>(json) is { } record)
            {
                if (excluded.Count > 0 && MentionsAny(record.Evidence, excluded)) continue;
                if (record.Evidence.Length > 0 && !seen.Add((entry.Get(IndexFields.Doc), record.Evidence))) continue;
            }
            total++;
        }
        return (total, matches.Overflowed);
    }

    /// <summary>Hits per kind, document and scope, each dimension under the request's other filters (one pass over the matches
    /// without the three filters, tallied in memory); null on an index too large to count every match.</summary>
    private SearchFacets? CountFacets(IndexSearcher searcher, UserQuery query, SearchRequest request, IReadOnlyList<string> excluded)
    {
        if (searcher.IndexReader.MaxDoc > ExactCountEntries) return null;
        var (plan, _, _) = _queries.Build(query);
        if (plan is null) return SearchFacets.None;
        Restrict(plan, request with { Kind = null, Doc = null, Scope = null });
        var matches = new MatchCollector(ExactCountMatches);
        searcher.Search(plan.ToQuery(), matches);

        var fields = new HashSet<string> { IndexFields.Doc, IndexFields.Kind, IndexFields.Scope, IndexFields.RecordJson };
        var entries = new List<FacetEntry>(matches.Docs.Count);
        foreach (var doc in matches.Docs)
        {
            var entry = searcher.Doc(doc, fields);
            var id = entry.Get(IndexFields.Doc);
            // Records of one row or sentence are one hit, as the search shows and counts them; any other entry is a hit of its own.
            var group = $"#{doc}";
            if (entry.Get(IndexFields.RecordJson) is { } json && OpsJson.Deserialize<Record>(json) is { } record)
            {
                if (excluded.Count > 0 && MentionsAny(record.Evidence, excluded)) continue;
                if (record.Evidence.Length > 0) group = record.Evidence;
            }
            entries.Add(new FacetEntry(id, entry.Get(IndexFields.Kind), entry.Get(IndexFields.Scope), group));
        }

        var kinds = string.IsNullOrWhiteSpace(request.Kind) ? null : new HashSet<string>(EntryKinds.Expand(request.Kind), StringComparer.Ordinal);
        var scope = string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim().ToLowerInvariant();
        bool KindOk(FacetEntry e) => kinds is null || kinds.Contains(e.Kind);
        bool DocOk(FacetEntry e) => string.IsNullOrWhiteSpace(request.Doc) || e.Doc == request.Doc;
        bool ScopeOk(FacetEntry e) => scope is null || e.Scope == scope;

        var forKinds = entries.Where(e => DocOk(e) && ScopeOk(e)).ToList();
        var kindCounts = Tally(forKinds, e => e.Kind);
        var anyRecord = Hits(forKinds.Where(e => Array.IndexOf(EntryKinds.Records, e.Kind) >= 0));
        if (anyRecord > 0) kindCounts.Add(new FacetCount("record", anyRecord));
        // In the order the filter lists them (section first), not by count: the kinds are few and their order is familiar.
        kindCounts.Sort((a, b) => KindOrder(a.Value).CompareTo(KindOrder(b.Value)));
        return new SearchFacets
        {
            Kinds = kindCounts,
            Docs = Tally(entries.Where(e => KindOk(e) && ScopeOk(e)), e => e.Doc),
            Scopes = Tally(entries.Where(e => KindOk(e) && DocOk(e) && e.Scope is not null), e => e.Scope!),
            IsLowerBound = matches.Overflowed,
        };

        static int KindOrder(string kind) => kind switch { EntryKinds.Section => 0, "record" => 1, _ => 2 + Array.IndexOf(EntryKinds.Records, kind) };
    }

    /// <summary>Hits per value (distinct groups), most first, ties by value.</summary>
    private static List<FacetCount> Tally(IEnumerable<FacetEntry> entries, Func<FacetEntry, string> value) =>
        entries.GroupBy(value, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, Hits(g)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();

    private static int Hits(IEnumerable<FacetEntry> entries) => entries.Select(e => (e.Doc, e.Group)).Distinct().Count();

    private sealed record FacetEntry(string Doc, string Kind, string? Scope, string Group);

    /// <summary>The group with every record its row or sentence states: its best match first, the others in document order, so a hit
    /// lists the same records whichever page it is on (the matches gathered depend on how many entries were fetched).</summary>
    private HitGroup WithWholeRow(IndexSearcher searcher, HitGroup group, Dictionary<string, List<Record>> rows)
    {
        if (group.Records.Count == 0 || group.Records[0].Evidence.Length == 0) return group;
        var doc = group.Entry.Get(IndexFields.Doc);
        if (!rows.TryGetValue(doc, out var records))
        {
            var top = searcher.Search(Filters("record", doc, null, null), null, Math.Max(1, searcher.IndexReader.MaxDoc), Sort.INDEXORDER);
            records = [];
            foreach (var hit in top.ScoreDocs)
            {
                if (OpsJson.Deserialize<Record>(searcher.Doc(hit.Doc).Get(IndexFields.RecordJson)) is { } record) records.Add(record);
            }
            rows[doc] = records;
        }
        var best = group.Records[0];
        var row = records.Where(r => r.Evidence == best.Evidence && r.Id != best.Id).Prepend(best).ToList();
        return group with { Records = row };
    }

    private sealed record HitGroup(LuceneDocument Entry, float Score, List<Record> Records);

    /// <summary>Collects the matching entries' ids, up to a limit.</summary>
    private sealed class MatchCollector(int limit) : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = [];

        public bool Overflowed { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            if (Docs.Count < limit) Docs.Add(_docBase + doc);
            else Overflowed = true;
        }
    }

    private static bool MentionsAny(string text, IReadOnlyList<string> foldedWordings)
    {
        var folded = ChineseTextFolder.Fold(text);
        foreach (var wording in foldedWordings)
        {
            if (folded.Contains(wording, StringComparison.Ordinal)) return true;
        }
        return false;
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

    private SearchHit ToHit(IndexSearcher searcher, HitGroup group, HighlightTerms terms, Dictionary<string, string?> titles)
    {
        var entry = group.Entry;
        var record = group.Records.Count > 0 ? group.Records[0] : null;
        var doc = entry.Get(IndexFields.Doc);
        var start = entry.GetField(IndexFields.Start)?.GetInt32Value() ?? 0;
        var snippet = _highlighter.Highlight(record?.Evidence ?? entry.Get(IndexFields.Body) ?? "", terms);
        if (string.IsNullOrWhiteSpace(snippet.Text) && record is null)
        {
            // A heading whose text is all in its subsections (第二节 运营效率提升 > 一、…): show the start of those.
            snippet = _highlighter.Highlight(SectionText(searcher, doc, start), terms);
        }
        if (!titles.TryGetValue(doc, out var title)) titles[doc] = title = TitleOf(searcher, doc);
        return new SearchHit
        {
            Doc = doc,
            Title = title,
            Section = entry.Get(IndexFields.Section) ?? "",
            Kind = entry.Get(IndexFields.Kind),
            Score = group.Score,
            Snippet = snippet.Text,
            Highlights = snippet.Highlights,
            RecordId = record?.Id,
            Record = record,
            Records = group.Records.Count > 1 ? group.Records : null,
            Page = entry.GetField(IndexFields.Page)?.GetInt32Value(),
            Start = start,
            End = entry.GetField(IndexFields.End)?.GetInt32Value() ?? 0,
        };
    }

    /// <summary>The whole text of the section whose heading starts at <paramref name="headingStart"/>, subsections included, after its heading.</summary>
    private static string SectionText(IndexSearcher searcher, string docId, int headingStart)
    {
        var document = LoadDocument(searcher, docId);
        var section = document?.Sections.FirstOrDefault(s => s.HeadingSpan.Start == headingStart);
        if (document is null || section is null) return "";
        return document.Text[section.HeadingSpan.End..section.Span.End].Trim();
    }

    private static string? TitleOf(IndexSearcher searcher, string docId)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"doc:{docId}")), 1);
        if (top.TotalHits == 0) return null;
        var summary = OpsJson.Deserialize<DocumentSummary>(searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.SummaryJson));
        return summary?.Title is { Length: > 0 } title ? title : null;
    }

    /// <summary>The text query restricted to the request's kinds, document, scope and period, without changing its scores.</summary>
    /// <summary>Adds the request's kind, document, scope and period conditions to the plan; they do not score.</summary>
    private void Restrict(ScoringPlan plan, SearchRequest request)
    {
        var kinds = EntryKinds.Expand(request.Kind);
        if (kinds.Count == EntryKinds.Searchable.Length && EntryKinds.Searchable.All(kinds.Contains))
        {
            // Every kind but the document entries: excluding those few is a cheap check per hit, where requiring any of the
            // other kinds would walk almost every entry of the index.
            plan.Prohibit(_kinds.Of(EntryKinds.Document));
        }
        else
        {
            plan.Require(_kinds.AnyOf(kinds));
        }
        foreach (var condition in Conditions(request.Doc, request.Scope, request.Period)) plan.Require(condition);
    }

    /// <summary>The document, scope and period conditions a search or a record listing asks for (each only when given).</summary>
    private IEnumerable<Query> Conditions(string? doc, string? scope, string? period)
    {
        if (!string.IsNullOrWhiteSpace(doc)) yield return new TermQuery(new Term(IndexFields.Doc, doc));
        if (!string.IsNullOrWhiteSpace(scope)) yield return new TermQuery(new Term(IndexFields.Scope, scope.Trim().ToLowerInvariant()));
        if (!string.IsNullOrWhiteSpace(period)) yield return _queries.Period(period);
    }

    /// <summary>Kind, document, scope and period filters as required clauses that do not score.</summary>
    private BooleanQuery Filters(string? kind, string? doc, string? scope, string? period)
    {
        var query = new BooleanQuery();
        var kinds = new BooleanQuery();
        foreach (var k in EntryKinds.Expand(kind)) kinds.Add(new TermQuery(new Term(IndexFields.Kind, k)), Occur.SHOULD);
        query.Add(NoScore(kinds), Occur.MUST);
        foreach (var condition in Conditions(doc, scope, period)) query.Add(NoScore(condition), Occur.MUST);
        return query;
    }

    private static ConstantScoreQuery NoScore(Query query) => new(query) { Boost = 0f };

    private IndexWriter Writable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw new InvalidOperationException($"The index at {Directory} was opened read-only.");
    }

    private T Read<T>(Func<IndexSearcher, T> read, T whenEmpty)
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
