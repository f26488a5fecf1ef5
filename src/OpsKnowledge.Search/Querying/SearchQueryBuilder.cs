using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using OpsKnowledge.Search.Indexing;

namespace OpsKnowledge.Search.Querying;

/// <summary>Turns a parsed user query into a Lucene query over the word and bigram fields, plus the terms to highlight.</summary>
/// <remarks>
/// Every piece of text goes through the same analyzers as at index time, so folding (traditional, width, case) is the same on both sides.
/// The bigram fields find text the dictionary segments differently; the word fields rank whole-word matches higher.
/// </remarks>
internal sealed class SearchQueryBuilder(Analyzer words, Analyzer bigrams)
{
    // Headings and record names say what an entry is about; a match there outranks one in the body.
    private const float HeadingWordBoost = 3f;
    private const float HeadingBigramBoost = 2.4f;
    private const float BodyWordBoost = 1f;
    private const float BodyBigramBoost = 0.8f;
    private const float ProximityBoost = 0.5f;
    // A KPI record whose name holds the query is what someone typing an indicator name wants first.
    private const float KpiNameBoost = 4f;
    private const double KpiNameShare = 0.75;
    private const double TextShare = 0.6;

    /// <summary>The query, or null when nothing in the input analyzes to a term (only punctuation, say).</summary>
    public (Query? Query, HighlightTerms Terms) Build(UserQuery userQuery)
    {
        var query = new BooleanQuery();
        var wordTerms = new HashSet<string>(StringComparer.Ordinal);
        var bigramTerms = new HashSet<string>(StringComparer.Ordinal);
        var positive = 0;
        var excluded = 0;

        foreach (var part in userQuery.Parts)
        {
            var partWords = Analyze(words, IndexFields.BodyWords, part.Text);
            var partBigrams = Analyze(bigrams, IndexFields.BodyBigrams, part.Text);
            if (partWords.Count == 0 && partBigrams.Count == 0) continue;

            if (part.IsExcluded)
            {
                query.Add(AnyPhrase(partWords, partBigrams), Occur.MUST_NOT);
                excluded++;
                continue;
            }

            positive++;
            foreach (var (term, _) in partWords) wordTerms.Add(term);
            foreach (var (term, _) in partBigrams) bigramTerms.Add(term);

            query.Add(part.IsPhrase ? AnyPhrase(partWords, partBigrams) : Text(partWords, partBigrams), part.IsPhrase ? Occur.MUST : Occur.SHOULD);

            if (partBigrams.Count > 0)
            {
                // Most of the part's bigrams in a KPI's name: the query names that indicator, perhaps with a word around it (客户满意度目标).
                var kpiName = new BooleanQuery
                {
                    { new TermQuery(new Term(IndexFields.Kind, "kpi")), Occur.MUST },
                    { SomeTerms(IndexFields.HeadingBigrams, partBigrams, KpiNameShare), Occur.MUST },
                };
                kpiName.Boost = KpiNameBoost;
                query.Add(kpiName, Occur.SHOULD);
            }
        }

        if (positive == 0 && excluded == 0) return (null, HighlightTerms.Empty);
        // Only exclusions: everything else matches.
        if (positive == 0) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return (query, new HighlightTerms { Words = wordTerms, Bigrams = bigramTerms });
    }

    /// <summary>A record-name filter: the name's bigrams in order in the name field, or all its words.</summary>
    public Query? Name(string name)
    {
        var nameWords = Analyze(words, IndexFields.HeadingWords, name);
        var nameBigrams = Analyze(bigrams, IndexFields.HeadingBigrams, name);
        if (nameWords.Count == 0 && nameBigrams.Count == 0) return null;
        var any = new BooleanQuery();
        if (nameBigrams.Count > 0) any.Add(Phrase(IndexFields.HeadingBigrams, nameBigrams, 0), Occur.SHOULD);
        if (nameWords.Count > 0) any.Add(AllTerms(IndexFields.HeadingWords, nameWords), Occur.SHOULD);
        return any;
    }

    /// <summary>The period filter: exact value, or the value's bigrams in order (so "2026" finds "2026年").</summary>
    public Query Period(string period)
    {
        var any = new BooleanQuery { { new TermQuery(new Term(IndexFields.Period, period.Trim())), Occur.SHOULD } };
        var periodBigrams = Analyze(bigrams, IndexFields.PeriodBigrams, period);
        if (periodBigrams.Count > 0) any.Add(Phrase(IndexFields.PeriodBigrams, periodBigrams, 0), Occur.SHOULD);
        return any;
    }

    private static Query Text(List<(string Term, int Position)> partWords, List<(string Term, int Position)> partBigrams)
    {
        var fields = new DisjunctionMaxQuery(0.3f);
        if (partWords.Count > 0)
        {
            fields.Add(Boosted(SomeTerms(IndexFields.HeadingWords, partWords), HeadingWordBoost));
            fields.Add(Boosted(SomeTerms(IndexFields.BodyWords, partWords), BodyWordBoost));
        }
        if (partBigrams.Count > 0)
        {
            fields.Add(Boosted(SomeTerms(IndexFields.HeadingBigrams, partBigrams), HeadingBigramBoost));
            fields.Add(Boosted(SomeTerms(IndexFields.BodyBigrams, partBigrams), BodyBigramBoost));
        }
        if (partWords.Count < 2) return fields;

        // Words of the part standing together (as typed) rank above the same words scattered.
        return new BooleanQuery
        {
            { fields, Occur.MUST },
            { Boosted(Phrase(IndexFields.HeadingWords, partWords, 1), ProximityBoost * HeadingWordBoost), Occur.SHOULD },
            { Boosted(Phrase(IndexFields.BodyWords, partWords, 1), ProximityBoost), Occur.SHOULD },
        };
    }

    private static Query AnyPhrase(List<(string Term, int Position)> partWords, List<(string Term, int Position)> partBigrams)
    {
        var fields = new DisjunctionMaxQuery(0.1f);
        if (partWords.Count > 0)
        {
            fields.Add(Boosted(Phrase(IndexFields.HeadingWords, partWords, 0), HeadingWordBoost));
            fields.Add(Boosted(Phrase(IndexFields.BodyWords, partWords, 0), BodyWordBoost));
        }
        if (partBigrams.Count > 0)
        {
            fields.Add(Boosted(Phrase(IndexFields.HeadingBigrams, partBigrams, 0), HeadingBigramBoost));
            fields.Add(Boosted(Phrase(IndexFields.BodyBigrams, partBigrams, 0), BodyBigramBoost));
        }
        return fields;
    }

    /// <summary>Any of the terms, with most of them required for longer input so one stray bigram does not make a hit.</summary>
    private static BooleanQuery SomeTerms(string field, List<(string Term, int Position)> tokens, double share = TextShare)
    {
        var query = new BooleanQuery();
        var distinct = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        foreach (var term in distinct) query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        // A query of optional clauses alone already needs one of them: saying so explicitly would only keep Lucene from
        // rewriting a one-term query to its term and from using its faster pure-disjunction scorer.
        query.MinimumNumberShouldMatch = distinct.Count <= 2 ? 0 : (int)Math.Ceiling(distinct.Count * share);
        return query;
    }

    private static BooleanQuery AllTerms(string field, List<(string Term, int Position)> tokens)
    {
        var query = new BooleanQuery();
        foreach (var term in tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal)) query.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        return query;
    }

    private static Query Phrase(string field, List<(string Term, int Position)> tokens, int slop)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in tokens) phrase.Add(new Term(field, term), position);
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(increment.PositionIncrement, 0);
            tokens.Add((term.ToString(), Math.Max(position, 0)));
        }
        stream.End();
        return tokens;
    }
}
