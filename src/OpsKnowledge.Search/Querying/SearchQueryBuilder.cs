using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Indexing;
using OpsKnowledge.ChineseText;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Search.Querying;

/// <summary>Turns a parsed user query into a Lucene query over the bigram text and heading fields, plus the terms to highlight.</summary>
/// <remarks>
/// Every piece of text goes through the same analyzers as at index time, so folding (traditional, width, case) is the same on both sides.
/// A part matches where its bigrams stand in order (the exact wording, as a substring), or where most of its dictionary words
/// occur, each as its own bigram phrase (客户的满意度 for 客户满意度). Matches in a heading or record name outrank matches in the text.
/// </remarks>
internal sealed class SearchQueryBuilder(Analyzer words, Analyzer bigrams, Func<string, IReadOnlyList<string>>? synonyms = null)
{
    // Headings and record names say what an entry is about; a match there outranks one in the text.
    private const float HeadingBoost = 3f;
    private const float WordsBoost = 0.5f;
    // Another name of the same indicator: found, but below the wording the user typed.
    private const float SynonymBoost = 0.7f;
    // What a KPI record's canonical name matching the query adds (before the KPI boost): about a two-character word's idf.
    private const float CanonicalNameScore = 2f;
    // A KPI record whose name holds the query is what someone typing an indicator name wants first.
    private const float KpiNameBoost = 4f;
    // Of a part's dictionary words, how many must occur when the exact wording does not.
    private const double WordShare = 0.6;
    // What naming the indicator in the plan's own commitments adds when the query asks for a target (目标, 指标, 预期, 计划): a
    // section whose records are mostly the plan's own, or a plan-scope record. About a strong phrase match's score, so the plan's
    // targets come before review paragraphs that repeat the words, while the wording still orders the plan's own entries.
    private const float PlanScopeScore = 12f;

    /// <summary>The search plan (null when nothing in the input analyzes to a term, only punctuation say), the terms to mark, and the excluded wordings folded.</summary>
    public (ScoringPlan? Plan, HighlightTerms Terms, IReadOnlyList<string> Excluded) Build(UserQuery userQuery)
    {
        var plan = new ScoringPlan();
        var excludedWordings = new List<string>();
        var wordTerms = new HashSet<string>(StringComparer.Ordinal);
        var bigramTerms = new HashSet<string>(StringComparer.Ordinal);
        var positive = 0;
        var excluded = 0;

        foreach (var part in userQuery.Parts)
        {
            var partBigrams = Analyze(bigrams, IndexFields.Text, part.Text);
            if (partBigrams.Count == 0) continue;

            if (part.IsExcluded)
            {
                plan.Prohibit(new BooleanQuery
                {
                    { Phrase(IndexFields.Heading, partBigrams), Occur.SHOULD },
                    { Phrase(IndexFields.Text, partBigrams), Occur.SHOULD },
                });
                excludedWordings.Add(ChineseTextFolder.Fold(part.Text));
                excluded++;
                continue;
            }

            positive++;
            var partWords = Analyze(words, IndexFields.Text, part.Text);
            foreach (var (term, _) in partWords) wordTerms.Add(term);
            foreach (var (term, _) in partBigrams) bigramTerms.Add(term);

            // The wording itself, in the text and (worth more) in the heading or record name; another name of the same indicator
            // counts as the wording at a lower weight, the best of them once (they are alternatives, not evidence that adds up).
            // A quoted part must occur as written.
            var partSynonyms = part.IsPhrase ? [] : Synonyms(part.Text);
            foreach (var synonym in partSynonyms)
            {
                foreach (var (term, _) in synonym) bigramTerms.Add(term);
            }
            var inText = plan.Score(Alternatives(IndexFields.Text, partBigrams, partSynonyms, 1f));
            // Headings take the wording only: a record named by a synonym is found by its canonical name below, and a heading
            // clause of seven phrases was the costliest iterator of a search.
            var inHeading = plan.Score(Boosted(Phrase(IndexFields.Heading, partBigrams), HeadingBoost));
            if (part.IsPhrase) plan.RequireOneOf(inText, inHeading);
            else if (partWords.Count >= 2) plan.Score(Boosted(Words(IndexFields.Text, partWords, all: false), WordsBoost));

            // A query asking for a target names an indicator before the asking words (城镇新增就业 of 城镇新增就业目标): the
            // indicator is matched on its own as well, since the text states the target without the word 目标.
            var asksTarget = !part.IsPhrase && TargetIntent.Asks(part.Text);
            var indicator = asksTarget ? TargetIntent.Indicator(part.Text) : part.Text;
            var indicatorBigrams = partBigrams;
            var indicatorWords = partWords;
            var indicatorSynonyms = partSynonyms;
            if (asksTarget && indicator.Length > 0 && indicator != ChineseTextFolder.Fold(part.Text).Trim())
            {
                indicatorBigrams = Analyze(bigrams, IndexFields.Text, indicator);
                indicatorWords = Analyze(words, IndexFields.Text, indicator);
                indicatorSynonyms = Synonyms(indicator);
                foreach (var synonym in indicatorSynonyms)
                {
                    foreach (var (term, _) in synonym) bigramTerms.Add(term);
                }
                if (indicatorBigrams.Count > 0)
                {
                    plan.Score(Alternatives(IndexFields.Text, indicatorBigrams, indicatorSynonyms, 1f));
                    plan.Score(Boosted(Phrase(IndexFields.Heading, indicatorBigrams), HeadingBoost));
                }
            }

            // A KPI or target record whose name holds the wording, or whose canonical name is named by the part or a run of its words
            // (客户满意度目标 names 客户满意度), directly or through a synonym; the canonical match is a constant, as a record has one.
            var nameBigrams = indicatorBigrams.Count > 0 ? indicatorBigrams : partBigrams;
            var named = new BooleanQuery
            {
                { Phrase(IndexFields.Heading, nameBigrams), Occur.SHOULD },
                { new ConstantScoreQuery(CanonicalNames(indicator.Length > 0 ? indicator : part.Text, indicatorWords)) { Boost = CanonicalNameScore }, Occur.SHOULD },
            };
            var kpiName = new BooleanQuery
            {
                { new BooleanQuery { { new TermQuery(new Term(IndexFields.Kind, RecordKinds.Kpi.WireName)), Occur.SHOULD }, { new TermQuery(new Term(IndexFields.Kind, RecordKinds.Target.WireName)), Occur.SHOULD } }, Occur.MUST },
                { named, Occur.MUST },
            };
            kpiName.Boost = KpiNameBoost;
            plan.Score(kpiName);

            if (asksTarget) plan.Score(PlanScope(indicatorBigrams.Count > 0 ? indicatorBigrams : partBigrams, indicatorSynonyms, indicatorWords));
        }

        if (positive == 0 && excluded == 0) return (null, HighlightTerms.Empty, []);
        // Only exclusions: everything else matches.
        if (positive == 0) plan.RequireOneOf(plan.Score(new MatchAllDocsQuery()));
        return (plan, new HighlightTerms { Words = wordTerms, Bigrams = bigramTerms }, excludedWordings);
    }

    /// <summary>Entries of the plan's own commitments that name the indicator: plan-scope records, and sections whose records lean
    /// to plan scope, holding the indicator (or another name of it) as a phrase, or all its words. A constant: it orders the plan's
    /// targets before the review, the wording orders them among themselves.</summary>
    private Query PlanScope(List<(string Term, int Position)> indicator, List<List<(string Term, int Position)>> synonyms, List<(string Term, int Position)> indicatorWords)
    {
        var names = new BooleanQuery
        {
            { Phrase(IndexFields.Text, indicator), Occur.SHOULD },
            { Phrase(IndexFields.Heading, indicator), Occur.SHOULD },
        };
        foreach (var synonym in synonyms)
        {
            names.Add(Phrase(IndexFields.Text, synonym), Occur.SHOULD);
            names.Add(Phrase(IndexFields.Heading, synonym), Occur.SHOULD);
        }
        if (indicatorWords.Count >= 2) names.Add(Words(IndexFields.Text, indicatorWords, all: true), Occur.SHOULD);
        var own = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Scope, "plan")), Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.SectionScope, "plan")), Occur.SHOULD },
        };
        var planned = new BooleanQuery { { names, Occur.MUST }, { own, Occur.MUST } };
        return new ConstantScoreQuery(planned) { Boost = PlanScopeScore };
    }

    /// <summary>A record-name filter: the name's bigrams in order in the name, or all its words.</summary>
    public Query? Name(string name)
    {
        var nameBigrams = Analyze(bigrams, IndexFields.Heading, name);
        if (nameBigrams.Count == 0) return null;
        var nameWords = Analyze(words, IndexFields.Heading, name);
        var any = new BooleanQuery
        {
            { Phrase(IndexFields.Heading, nameBigrams), Occur.SHOULD },
            { CanonicalNames(name, nameWords), Occur.SHOULD },
        };
        if (nameWords.Count > 1) any.Add(Words(IndexFields.Heading, nameWords, all: true), Occur.SHOULD);
        return any;
    }

    /// <summary>The period filter: exact value, or the value's bigrams in order (so "2026" finds "2026年").</summary>
    public Query Period(string period)
    {
        var any = new BooleanQuery { { new TermQuery(new Term(IndexFields.Period, period.Trim())), Occur.SHOULD } };
        var periodBigrams = Analyze(bigrams, IndexFields.PeriodBigrams, period);
        if (periodBigrams.Count > 0) any.Add(Phrase(IndexFields.PeriodBigrams, periodBigrams), Occur.SHOULD);
        return any;
    }

    /// <summary>The wording's bigram phrase, or the best-scoring of it and its synonyms (a disjunction scored by its best match).</summary>
    private static Query Alternatives(string field, List<(string Term, int Position)> wording, List<List<(string Term, int Position)>> synonyms, float boost)
    {
        if (synonyms.Count == 0) return Boosted(Phrase(field, wording), boost);
        var best = new DisjunctionMaxQuery(0f) { Phrase(field, wording) };
        foreach (var synonym in synonyms) best.Add(Boosted(Phrase(field, synonym), SynonymBoost));
        return Boosted(best, boost);
    }

    /// <summary>All or most of the part's dictionary words in any order, each as the bigram phrase of its characters; a one-character word is taken with its neighbour's last (or next) character, so 率 of 损耗率 looks for 耗率.</summary>
    private BooleanQuery Words(string field, List<(string Term, int Position)> partWords, bool all)
    {
        var query = new BooleanQuery();
        var joined = string.Concat(partWords.Select(w => w.Term));
        var offset = 0;
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, _) in partWords)
        {
            var unit = word;
            if (word.Length == 1 && ChineseCharacters.IsHan(word[0]))
            {
                if (offset > 0 && ChineseCharacters.IsHan(joined[offset - 1])) unit = joined.Substring(offset - 1, 2);
                else if (offset + 1 < joined.Length && ChineseCharacters.IsHan(joined[offset + 1])) unit = joined.Substring(offset, 2);
            }
            offset += word.Length;
            if (!units.Add(unit)) continue;
            var unitBigrams = Analyze(bigrams, field, unit);
            if (unitBigrams.Count == 0) continue;
            var unitSynonyms = word.Length > 1 ? Synonyms(word) : [];
            if (unitSynonyms.Count == 0)
            {
                query.Add(Phrase(field, unitBigrams), Occur.SHOULD);
                continue;
            }
            // The word or another name of it (营收 or 营业收入) counts as the word.
            query.Add(Alternatives(field, unitBigrams, unitSynonyms, 1f), Occur.SHOULD);
        }
        var count = query.Clauses.Count;
        query.MinimumNumberShouldMatch = all ? count : count <= 2 ? 1 : (int)Math.Ceiling(count * WordShare);
        return query;
    }

    /// <summary>Records whose canonical KPI name is the text, a run of its words, or a synonym of either.</summary>
    private BooleanQuery CanonicalNames(string text, List<(string Term, int Position)> textWords)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ChineseTextFolder.Fold(text.Trim()) };
        // Runs of two or more words (one word alone is too weak a name); a run no record has as its name costs one term lookup.
        for (var first = 0; first < textWords.Count; first++)
        {
            for (var last = first + 1; last < textWords.Count && last - first < 6; last++)
            {
                names.Add(string.Concat(textWords.Skip(first).Take(last - first + 1).Select(w => w.Term)));
            }
        }
        if (synonyms is not null)
        {
            foreach (var name in names.ToArray())
            {
                foreach (var synonym in synonyms(name)) names.Add(ChineseTextFolder.Fold(synonym));
            }
        }
        var query = new BooleanQuery();
        foreach (var name in names) query.Add(new TermQuery(new Term(IndexFields.Canonical, name)), Occur.SHOULD);
        return query;
    }

    /// <summary>The bigrams of each other name of the text, by the synonym lookup, except names the text contains.</summary>
    private List<List<(string Term, int Position)>> Synonyms(string text)
    {
        var result = new List<List<(string Term, int Position)>>();
        if (synonyms is null) return result;
        var folded = ChineseTextFolder.Fold(text);
        foreach (var synonym in synonyms(text))
        {
            // A synonym inside the wording (收入 of 营业收入) matches wherever the wording does and far beyond: it would
            // widen the search, not name the same thing another way.
            if (folded.Contains(ChineseTextFolder.Fold(synonym), StringComparison.Ordinal)) continue;
            var synonymBigrams = Analyze(bigrams, IndexFields.Text, synonym);
            if (synonymBigrams.Count > 0) result.Add(synonymBigrams);
        }
        return result;
    }

    private static Query Phrase(string field, List<(string Term, int Position)> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery();
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
