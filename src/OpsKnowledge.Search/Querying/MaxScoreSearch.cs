using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace OpsKnowledge.Search.Querying;

/// <summary>The top entries of a <see cref="ScoringPlan"/>, without scoring every entry that matches: MaxScore (Turtle and Flood, 1995) over the plan's clauses.</summary>
/// <remarks>
/// Lucene.NET 4.8 scores every entry a disjunction matches; a query word common to a tenth of the index then costs a tenth of the index.
/// Here the clauses are ordered by their <see cref="ScoreBound"/>. Once the k best scores are known, the clauses whose bounds together
/// cannot reach the k-th best are no longer walked: entries only they match cannot make the top k, so candidates come from the other
/// clauses and the weak ones are looked up (advanced to) only for candidates that might still make it. The top k are exactly those an
/// exhaustive BooleanQuery search finds (ties go to the earlier entry, as Lucene's collector does); the count of matches is exact only
/// when nothing was skipped.
/// </remarks>
internal static class MaxScoreSearch
{
    public sealed record Result(ScoreDoc[] Hits, int Matched, bool MatchedIsExact);

    public static Result Search(IndexSearcher searcher, ScoringPlan plan, int k)
    {
        var clauses = plan.Scoring.Count;
        var weights = new Weight[clauses];
        var bounds = new double[clauses];
        var stats = new ScoreBound.Stats(searcher.IndexReader);
        // Bounds are BM25's; under another similarity nothing is skipped.
        var bm25 = searcher.Similarity as BM25Similarity;
        for (var i = 0; i < clauses; i++)
        {
            weights[i] = searcher.CreateNormalizedWeight(plan.Scoring[i]);
            bounds[i] = bm25 is null ? double.PositiveInfinity : ScoreBound.Of(plan.Scoring[i], stats, bm25);
        }
        // Weakest clause first: the non-essential ones are always a prefix.
        var order = Enumerable.Range(0, clauses).OrderBy(i => bounds[i]).ToArray();
        var position = new int[clauses];
        for (var p = 0; p < clauses; p++) position[order[p]] = p;
        var groups = plan.RequiredAnyOf.Select(g => g.Select(i => position[i]).ToArray()).ToArray();
        var required = plan.Required.ToArray();
        var prohibited = plan.Prohibited.ToArray();

        var top = new TopHeap(k);
        var matched = 0;
        var exact = true;
        var state = new LeafState(clauses, required.Length, prohibited.Length);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            exact &= SearchLeaf(leaf, weights, order, bounds, groups, required, prohibited, state, top, ref matched);
        }
        return new Result(top.Sorted(), matched, exact);
    }

    private static bool SearchLeaf(AtomicReaderContext leaf, Weight[] weights, int[] order, double[] bounds, int[][] groups,
        Filter[] requiredFilters, Filter[] prohibitedFilters, LeafState state, TopHeap top, ref int matched)
    {
        const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;
        var n = order.Length;
        var live = leaf.AtomicReader.LiveDocs;
        var scorers = state.Scorers;
        var docs = state.Docs;
        var prefix = state.Prefix;
        var any = false;
        for (var p = 0; p < n; p++)
        {
            scorers[p] = weights[order[p]].GetScorer(leaf, live);
            docs[p] = scorers[p]?.NextDoc() ?? NoMoreDocs;
            any |= docs[p] != NoMoreDocs;
            // A clause with no match in this segment cannot add to any score here.
            prefix[p] = (p > 0 ? prefix[p - 1] : 0) + (scorers[p] is null ? 0 : bounds[order[p]]);
        }
        if (!any) return true;

        var required = state.Required;
        for (var r = 0; r < required.Length; r++)
        {
            required[r] = LeafCondition.Of(requiredFilters[r], leaf);
            if (required[r].IsEmpty) return true; // nothing here meets the condition
        }
        var prohibited = state.Prohibited;
        for (var r = 0; r < prohibited.Length; r++) prohibited[r] = LeafCondition.Of(prohibitedFilters[r], leaf);

        var exact = true;
        var matchedHere = state.Matched;
        var essential = FirstEssential(prefix, top);
        while (true)
        {
            // The next candidate: the smallest entry any essential clause is on.
            var doc = NoMoreDocs;
            for (var p = essential; p < n; p++)
            {
                if (docs[p] < doc) doc = docs[p];
            }
            if (doc == NoMoreDocs) break;

            double score = 0;
            for (var p = essential; p < n; p++)
            {
                matchedHere[p] = docs[p] == doc;
                if (matchedHere[p]) score += scorers[p]!.GetScore();
            }
            // The weak clauses, strongest first, while they can still lift the entry into the top k.
            var competitive = true;
            for (var p = essential - 1; p >= 0; p--)
            {
                if (top.IsFull && score + prefix[p] <= top.Threshold)
                {
                    competitive = false;
                    break;
                }
                if (docs[p] < doc) docs[p] = scorers[p]!.Advance(doc);
                matchedHere[p] = docs[p] == doc;
                if (matchedHere[p]) score += scorers[p]!.GetScore();
            }

            if (!competitive || (top.IsFull && score <= top.Threshold))
            {
                exact = false;
            }
            else if (MeetsConditions(doc, groups, matchedHere, required, prohibited))
            {
                matched++;
                if (top.Offer(leaf.DocBase + doc, (float)score)) essential = FirstEssential(prefix, top);
            }

            for (var p = essential; p < n; p++)
            {
                if (docs[p] == doc) docs[p] = scorers[p]!.NextDoc();
            }
            // Clauses that just became non-essential stay where they are; they are advanced when needed.
        }
        return exact && essential == 0;
    }

    /// <summary>Index of the first clause that must be walked: the clauses before it cannot reach the current k-th best score together.</summary>
    private static int FirstEssential(double[] prefix, TopHeap top)
    {
        if (!top.IsFull) return 0;
        var p = 0;
        while (p < prefix.Length && prefix[p] <= top.Threshold) p++;
        return p;
    }

    private static bool MeetsConditions(int doc, int[][] groups, bool[] matched, LeafCondition[] required, LeafCondition[] prohibited)
    {
        foreach (var group in groups)
        {
            var hit = false;
            foreach (var p in group) hit |= matched[p];
            if (!hit) return false;
        }
        foreach (var condition in required)
        {
            if (!condition.Contains(doc)) return false;
        }
        foreach (var condition in prohibited)
        {
            if (condition.Contains(doc)) return false;
        }
        return true;
    }

    /// <summary>A filter on one segment: random access when its doc set offers it (cached bit sets), else an iterator moved forward.</summary>
    private sealed class LeafCondition
    {
        private readonly IBits? _bits;
        private readonly DocIdSetIterator? _iterator;

        private LeafCondition(IBits? bits, DocIdSetIterator? iterator)
        {
            _bits = bits;
            _iterator = iterator;
        }

        public bool IsEmpty => _bits is null && _iterator is null;

        public static LeafCondition Of(Filter filter, AtomicReaderContext leaf)
        {
            var set = filter.GetDocIdSet(leaf, null);
            if (set is null) return new LeafCondition(null, null);
            if (set.Bits is { } bits) return new LeafCondition(bits, null);
            return new LeafCondition(null, set.GetIterator());
        }

        public bool Contains(int doc)
        {
            if (_bits is not null) return _bits.Get(doc);
            if (_iterator is null) return false;
            if (_iterator.DocID < doc) _iterator.Advance(doc);
            return _iterator.DocID == doc;
        }
    }

    private sealed class LeafState(int clauses, int required, int prohibited)
    {
        public Scorer?[] Scorers { get; } = new Scorer?[clauses];
        public int[] Docs { get; } = new int[clauses];
        public double[] Prefix { get; } = new double[clauses];
        public bool[] Matched { get; } = new bool[clauses];
        public LeafCondition[] Required { get; } = new LeafCondition[required];
        public LeafCondition[] Prohibited { get; } = new LeafCondition[prohibited];
    }

    /// <summary>The k best (score, entry) pairs so far; the worst on top, and of equal scores the later entry counts as worse.</summary>
    private sealed class TopHeap(int k)
    {
        private readonly (float Score, int Doc)[] _heap = new (float, int)[Math.Max(1, k)];
        private int _count;

        public bool IsFull => _count == _heap.Length;

        public double Threshold => _heap[0].Score;

        /// <summary>Adds the entry if it beats the worst kept one; true when the threshold may have changed.</summary>
        public bool Offer(int doc, float score)
        {
            if (!IsFull)
            {
                _heap[_count] = (score, doc);
                Up(_count++);
                return IsFull;
            }
            if (score <= _heap[0].Score) return false; // a later entry with an equal score loses the tie
            _heap[0] = (score, doc);
            Down(0);
            return true;
        }

        public ScoreDoc[] Sorted()
        {
            var hits = new ScoreDoc[_count];
            for (var i = 0; i < _count; i++) hits[i] = new ScoreDoc(_heap[i].Doc, _heap[i].Score);
            Array.Sort(hits, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
            return hits;
        }

        private static bool Worse((float Score, int Doc) a, (float Score, int Doc) b) => a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc);

        private void Up(int i)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Worse(_heap[i], _heap[parent])) break;
                (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
                i = parent;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var left = 2 * i + 1;
                if (left >= _count) break;
                var worst = left + 1 < _count && Worse(_heap[left + 1], _heap[left]) ? left + 1 : left;
                if (!Worse(_heap[worst], _heap[i])) break;
                (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
                i = worst;
            }
        }
    }
}
