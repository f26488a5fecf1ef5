using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpsKnowledge.Search.Indexing;

/// <summary>One cached bit set per entry kind and segment, so "is this entry a document entry / a KPI?" is a bit lookup during a search.</summary>
/// <remarks>Segments are immutable, so a segment's set stays valid until the segment is merged away (the cache is keyed by the segment's core).</remarks>
internal sealed class KindFilters
{
    private readonly Dictionary<string, Filter> _byKind = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Filter Of(string kind)
    {
        lock (_lock)
        {
            if (!_byKind.TryGetValue(kind, out var filter))
            {
                filter = new BitSetCachingFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Kind, kind))));
                _byKind[kind] = filter;
            }
            return filter;
        }
    }

    /// <summary>Any of the kinds: one cached filter each, or'ed on the fly for a segment.</summary>
    public Filter AnyOf(IReadOnlyList<string> kinds) => kinds.Count == 1 ? Of(kinds[0]) : new AnyOfFilter([.. kinds.Select(Of)]);

    // Lucene's default cache compresses the set (no random access); a FixedBitSet answers Get(doc) directly.
    private sealed class BitSetCachingFilter(Filter inner) : CachingWrapperFilter(inner)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    private sealed class AnyOfFilter(Filter[] filters) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            FixedBitSet? union = null;
            foreach (var filter in filters)
            {
                var set = filter.GetDocIdSet(context, acceptDocs);
                if (set is null) continue;
                union ??= new FixedBitSet(context.AtomicReader.MaxDoc);
                if (set is FixedBitSet bits) union.Or(bits);
                else if (set.GetIterator() is { } iterator) union.Or(iterator);
            }
            return union;
        }
    }
}
