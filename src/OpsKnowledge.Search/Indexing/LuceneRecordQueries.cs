using Lucene.Net.Search;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Search.Querying;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Lists stored records by kind, document, scope and period, or by how well their name matches.</summary>
internal sealed class LuceneRecordQueries(OpenLuceneIndex index, EntryFilters filters, SearchQueryBuilder queries) : IRecordQueries
{
    public IReadOnlyList<Record> Records(RecordFilter filter) =>
        index.Read(searcher =>
        {
            var query = filters.Filters(filter.Kind ?? EntryKindFilter.AnyRecord, filter.Doc, filter.Scope, filter.Period);
            TopDocs top;
            var limit = Math.Max(1, filter.Top);
            if (!string.IsNullOrWhiteSpace(filter.Name))
            {
                if (queries.Name(filter.Name) is not { } name) return [];
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
}
