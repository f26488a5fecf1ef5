using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace OpsKnowledge.Search.Querying;

/// <summary>The highest score a query can give any entry under BM25, from its terms' document frequencies.</summary>
/// <remarks>
/// BM25 scores a term idf·boost·(k1+1)·tf/(tf+K) with K &gt; 0, so idf·boost·(k1+1) bounds it whatever the term frequency and field
/// length; a phrase is scored the same with the sum of its terms' idf. Sums bound conjunctions and disjunctions (BM25's coordination
/// factor is 1). A query of a kind not listed gets no bound (infinity), which only disables pruning around it.
/// </remarks>
internal static class ScoreBound
{
    /// <summary>Document frequencies looked up once per term: a composite reader seeks the term in every segment.</summary>
    internal sealed class Stats(IndexReader reader)
    {
        private readonly Dictionary<Term, int> _docFreq = [];

        public int MaxDoc { get; } = reader.MaxDoc;

        public int DocFreq(Term term)
        {
            if (!_docFreq.TryGetValue(term, out var docFreq)) _docFreq[term] = docFreq = reader.DocFreq(term);
            return docFreq;
        }
    }

    /// <summary>The bound of the query, with the searcher's document frequencies (<paramref name="stats"/>) and BM25 parameters.</summary>
    public static double Of(Query query, Stats stats, BM25Similarity similarity) => Bound(query, stats, similarity);

    private static double Bound(Query query, Stats stats, BM25Similarity similarity)
    {
        switch (query)
        {
            case TermQuery term:
                return term.Boost * Idf(stats.DocFreq(term.Term), stats.MaxDoc) * (similarity.K1 + 1);
            case PhraseQuery phrase:
                var idf = 0.0;
                foreach (var t in phrase.GetTerms()) idf += Idf(stats.DocFreq(t), stats.MaxDoc);
                return phrase.Boost * idf * (similarity.K1 + 1);
            case BooleanQuery boolean:
                var sum = 0.0;
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT) sum += Bound(clause.Query, stats, similarity);
                }
                return boolean.Boost * sum;
            case DisjunctionMaxQuery max:
                var best = 0.0;
                var total = 0.0;
                foreach (var disjunct in max.Disjuncts)
                {
                    var bound = Bound(disjunct, stats, similarity);
                    best = Math.Max(best, bound);
                    total += bound;
                }
                return max.Boost * (best + max.TieBreakerMultiplier * (total - best));
            case ConstantScoreQuery constant:
                return constant.Boost;
            case MatchAllDocsQuery everything:
                return everything.Boost;
            default:
                return double.PositiveInfinity;
        }
    }

    // As BM25Similarity computes it (numDocs is the field's maxDoc there too), with a hair of slack for float rounding.
    private static double Idf(int docFreq, int maxDoc) => Math.Log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5)) * 1.0001;
}
