using Lucene.Net.Index;
using Lucene.Net.Search;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Querying;
using OpsKnowledge.Search.Snippets;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Ranked search over sections and records: key terms, scoring, grouping of one row's records, snippets, counts and facets.</summary>
internal sealed class LuceneRankedSearch(
    OpenLuceneIndex index, EntryFilters filters, SearchQueryBuilder queries, SnippetHighlighter highlighter, KeyTermReducer keyTerms) : IRankedSearch
{
    // Up to this many entries (about 1,500 plans) a search also counts every match; beyond, the count is a lower bound.
    private const int ExactCountEntries = 200_000;

    // Counting reads each match's record to merge those of one row or sentence; beyond this many matches the count is a lower bound.
    private const int ExactCountMatches = 20_000;

    public SearchResults Search(SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        if (parsed.IsEmpty) return SearchResults.None;

        return index.Read(searcher =>
        {
            var (query, reducedTo) = keyTerms.Reduce(parsed, searcher.IndexReader);
            if (query.IsEmpty) return SearchResults.None with { KeyTerms = reducedTo };
            var (plan, terms, excluded) = queries.Build(query);
            if (plan is null) return SearchResults.None with { KeyTerms = reducedTo };
            filters.Restrict(plan, request);

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
                        KeyTerms = reducedTo,
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
        var (plan, _, _) = queries.Build(query);
        if (plan is null) return SearchFacets.None;
        filters.Restrict(plan, request with { Kind = null, Doc = null, Scope = null });
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

        var kinds = request.Kind is null ? null : new HashSet<string>(EntryKinds.Expand(request.Kind), StringComparer.Ordinal);
        var scope = string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim().ToLowerInvariant();
        bool KindOk(FacetEntry e) => kinds is null || kinds.Contains(e.Kind);
        bool DocOk(FacetEntry e) => string.IsNullOrWhiteSpace(request.Doc) || e.Doc == request.Doc;
        bool ScopeOk(FacetEntry e) => scope is null || e.Scope == scope;

        var forKinds = entries.Where(e => DocOk(e) && ScopeOk(e)).ToList();
        var kindCounts = Tally(forKinds, e => e.Kind);
        var anyRecord = Hits(forKinds.Where(e => Array.IndexOf(EntryKinds.Records, e.Kind) >= 0));
        if (anyRecord > 0) kindCounts.Add(new FacetCount(EntryKindFilter.AnyRecordWireName, anyRecord));
        // In the order the filter lists them (section first), not by count: the kinds are few and their order is familiar.
        kindCounts.Sort((a, b) => KindOrder(a.Value).CompareTo(KindOrder(b.Value)));
        return new SearchFacets
        {
            Kinds = kindCounts,
            Docs = Tally(entries.Where(e => KindOk(e) && ScopeOk(e)), e => e.Doc),
            Scopes = Tally(entries.Where(e => KindOk(e) && DocOk(e) && e.Scope is not null), e => e.Scope!),
            IsLowerBound = matches.Overflowed,
        };

        static int KindOrder(string kind) => kind switch { EntryKinds.Section => 0, EntryKindFilter.AnyRecordWireName => 1, _ => 2 + Array.IndexOf(EntryKinds.Records, kind) };
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
            var top = searcher.Search(filters.Filters(EntryKindFilter.AnyRecord, doc, null, null), null, Math.Max(1, searcher.IndexReader.MaxDoc), Sort.INDEXORDER);
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

    private SearchHit ToHit(IndexSearcher searcher, HitGroup group, HighlightTerms terms, Dictionary<string, string?> titles)
    {
        var entry = group.Entry;
        var record = group.Records.Count > 0 ? group.Records[0] : null;
        var doc = entry.Get(IndexFields.Doc);
        var start = entry.GetField(IndexFields.Start)?.GetInt32Value() ?? 0;
        var snippet = highlighter.Highlight(record?.Evidence ?? entry.Get(IndexFields.Body) ?? "", terms);
        if (string.IsNullOrWhiteSpace(snippet.Text) && record is null)
        {
            // A heading whose text is all in its subsections (第二节 运营效率提升 > 一、…): show the start of those.
            snippet = highlighter.Highlight(SectionText(searcher, doc, start), terms);
        }
        if (!titles.TryGetValue(doc, out var title)) titles[doc] = title = LuceneDocumentStore.TitleOf(searcher, doc);
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
        var document = LuceneDocumentStore.LoadDocument(searcher, docId);
        var section = document?.Sections.FirstOrDefault(s => s.HeadingSpan.Start == headingStart);
        if (document is null || section is null) return "";
        return document.Text[section.HeadingSpan.End..section.Span.End].Trim();
    }

}
