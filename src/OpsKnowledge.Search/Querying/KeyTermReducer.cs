using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using OpsKnowledge.Search.Indexing;

namespace OpsKnowledge.Search.Querying;

/// <summary>Reduces a long query (a pasted paragraph) to its key terms: the rarest dictionary words the index knows, in their order.</summary>
/// <remarks>
/// Every part of a query becomes several clauses; hundreds of words made plans too large to run (Lucene's clause limit) and too
/// strict to match (most of a part's words must occur). The rarest words are the ones that tell the source passage apart.
/// </remarks>
internal sealed class KeyTermReducer(Analyzer words, Analyzer bigrams)
{
    /// <summary>Longer than this many characters of searched (not excluded) text, or more parts than <see cref="MaxParts"/>, a query is reduced.</summary>
    public const int MaxQueryCharacters = 48;

    public const int MaxParts = 8;

    /// <summary>How many key terms a reduced query keeps.</summary>
    public const int KeyTerms = 12;

    /// <summary>The query to run, and the terms kept when it had to be reduced (null when it was short enough).</summary>
    public (UserQuery Query, IReadOnlyList<string>? KeptTerms) Reduce(UserQuery query, IndexReader reader)
    {
        var positive = query.Parts.Where(p => !p.IsExcluded).ToList();
        var excluded = query.Parts.Where(p => p.IsExcluded).Take(MaxParts).ToList();
        var length = positive.Sum(p => p.Text.Length);
        var longestPart = positive.Count == 0 ? 0 : positive.Max(p => p.Text.Length);
        if (length <= MaxQueryCharacters && positive.Count <= MaxParts && excluded.Count == query.Parts.Count(p => p.IsExcluded)
            && longestPart <= MaxQueryCharacters)
        {
            return (query, null);
        }

        // Each distinct word of two or more characters, by how rare it is in the index (document frequency of its rarest bigram,
        // an upper bound of the word's own); words the index does not hold cannot help and are dropped.
        var candidates = new List<(string Word, int Order, int Frequency)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in positive)
        {
            foreach (var word in Tokens(words, part.Text))
            {
                if (word.Length < 2 || word.All(c => char.IsDigit(c) || c is '.' or '%') || !seen.Add(word)) continue;
                var frequency = Frequency(reader, word);
                if (frequency > 0) candidates.Add((word, candidates.Count, frequency));
            }
        }
        var kept = candidates
            .OrderBy(c => c.Frequency)
            .ThenBy(c => c.Order)
            .Take(KeyTerms)
            .OrderBy(c => c.Order)
            .Select(c => c.Word)
            .ToList();
        var parts = kept.Select(w => new UserQueryPart { Text = w }).Concat(excluded).ToList();
        return (new UserQuery { Parts = parts }, kept);
    }

    private int Frequency(IndexReader reader, string word)
    {
        var rarest = int.MaxValue;
        foreach (var bigram in Tokens(bigrams, word))
        {
            rarest = Math.Min(rarest, reader.DocFreq(new Term(IndexFields.Text, bigram)));
        }
        return rarest == int.MaxValue ? 0 : rarest;
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
