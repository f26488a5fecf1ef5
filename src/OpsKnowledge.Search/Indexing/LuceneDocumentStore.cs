using Lucene.Net.Index;
using Lucene.Net.Search;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Core.Serialization;
using Document = OpsKnowledge.Core.Model.Document;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Writes whole documents as index entries (summary, sections, records) and reads back their summaries and stored copies.</summary>
internal sealed class LuceneDocumentStore(OpenLuceneIndex index) : IDocumentStore, IIndexWriter
{
    public int Layout => KnowledgeIndex.Layout;

    public string? ContentHashOf(string docId) =>
        index.Read(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"doc:{docId}")), 1);
            return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.ContentHash);
        }, null);

    public int OutdatedDocuments() =>
        index.Read(searcher =>
        {
            var outdated = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Kind, EntryKinds.Document)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Layout, IndexEntryBuilder.LayoutValue)), Occur.MUST_NOT },
            };
            return searcher.Search(outdated, 1).TotalHits;
        }, 0);

    public void Upsert(Document document, IReadOnlyList<Record> records)
    {
        index.EnsureWritable();
        var entries = IndexEntryBuilder.Build(document, records, DateTimeOffset.UtcNow);
        index.Change(writer => writer.UpdateDocuments(new Term(IndexFields.Doc, document.Id), entries));
    }

    public bool Delete(string docId)
    {
        index.EnsureWritable();
        if (ContentHashOf(docId) is null) return false;
        index.Change(writer => writer.DeleteDocuments(new Term(IndexFields.Doc, docId)));
        return true;
    }

    public void Commit() => index.Commit();

    public IReadOnlyList<DocumentSummary> Documents() =>
        index.Read(searcher =>
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

    public Document? LoadDocument(string docId) => index.Read(searcher => LoadDocument(searcher, docId), null);

    /// <summary>The stored document read through a searcher a caller already holds.</summary>
    public static Document? LoadDocument(IndexSearcher searcher, string docId)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"doc:{docId}")), 1);
        if (top.TotalHits == 0) return null;
        var data = searcher.Doc(top.ScoreDocs[0].Doc).GetBinaryValue(IndexFields.DocumentData);
        return data is null ? null : StoredDocumentCodec.Decode(data.Bytes.AsSpan(data.Offset, data.Length));
    }

    /// <summary>The document's title from its summary entry, or null when it has none.</summary>
    public static string? TitleOf(IndexSearcher searcher, string docId)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"doc:{docId}")), 1);
        if (top.TotalHits == 0) return null;
        var summary = OpsJson.Deserialize<DocumentSummary>(searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.SummaryJson));
        return summary?.Title is { Length: > 0 } title ? title : null;
    }
}
