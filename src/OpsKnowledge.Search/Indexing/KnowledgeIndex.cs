using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Indexing;
using OpsKnowledge.Search.Querying;
using OpsKnowledge.Search.Snippets;
using Document = OpsKnowledge.Core.Model.Document;

namespace OpsKnowledge.Search;

/// <summary>The Lucene index of ingested documents: their sections and records, searchable in Chinese, plus each stored document.</summary>
/// <remarks>
/// The adapter behind the index ports of <see cref="OpsKnowledge.Core.Search"/>: it opens the Lucene folder once and hands each job
/// to its own part (<see cref="LuceneDocumentStore"/> writes and stores documents, <see cref="LuceneRecordQueries"/> lists records,
/// <see cref="LuceneRankedSearch"/> ranks). One writer stays open while the index is open read-write; any number of threads may
/// search while another upserts.
/// </remarks>
public sealed class KnowledgeIndex : IKnowledgeIndex
{
    private readonly OpenLuceneIndex _index;
    private readonly LuceneDocumentStore _documents;
    private readonly LuceneRecordQueries _records;
    private readonly LuceneRankedSearch _search;

    private KnowledgeIndex(string path, bool readOnly, KnowledgeIndexOptions options)
    {
        Directory = path;
        var words = new ChineseAnalyzer();
        var bigrams = new ChineseBigramAnalyzer();
        // Fields not listed (id, doc, kind ...) are whole-value keywords; see KeywordField.
        var analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.Heading] = bigrams,
            [IndexFields.Text] = bigrams,
            [IndexFields.PeriodBigrams] = bigrams,
        });
        var queries = new SearchQueryBuilder(words, bigrams, WithWordings(options.Synonyms));
        var filters = new EntryFilters(queries);
        _index = new OpenLuceneIndex(path, readOnly, analyzer);
        _documents = new LuceneDocumentStore(_index);
        _records = new LuceneRecordQueries(_index, filters, queries);
        _search = new LuceneRankedSearch(_index, filters, queries, new SnippetHighlighter(words, bigrams), new KeyTermReducer(words, bigrams));
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

    int IDocumentStore.Layout => Layout;

    public string Directory { get; }

    public bool IsReadOnly => _index.IsReadOnly;

    public string? Mended => _index.Mended;

    public string? ContentHashOf(string docId) => _documents.ContentHashOf(docId);

    public int OutdatedDocuments() => _documents.OutdatedDocuments();

    public void Upsert(Document document, IReadOnlyList<Record> records) => _documents.Upsert(document, records);

    public bool Delete(string docId) => _documents.Delete(docId);

    public void Commit() => _documents.Commit();

    public IReadOnlyList<DocumentSummary> Documents() => _documents.Documents();

    public Document? LoadDocument(string docId) => _documents.LoadDocument(docId);

    public IReadOnlyList<Record> Records(RecordFilter filter) => _records.Records(filter);

    public SearchResults Search(SearchRequest request) => _search.Search(request);

    /// <summary>Closes the index; a read-write index commits what was upserted since the last commit (Lucene's close semantics).</summary>
    public void Dispose() => _index.Dispose();

    /// <summary>True for the exceptions Lucene throws when index files are damaged (checksums, truncation, unknown formats).</summary>
    public static bool IsDamage(Exception ex) =>
        ex is Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexFormatTooOldException or Lucene.Net.Index.IndexFormatTooNewException or EndOfStreamException
        || (ex is IOException && ex.GetType().Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true)
        || (ex.InnerException is { } inner && IsDamage(inner));

    /// <summary>True for the exception opening for writing throws while another process writes the index.</summary>
    public static bool IsLocked(Exception ex) => ex is Lucene.Net.Store.LockObtainFailedException;
}
