using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Querying;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Search.Snippets;

/// <summary>Cuts the window of a text that holds the most distinct query terms and marks them, by re-analyzing the text with the index analyzers.</summary>
/// <remarks>Offsets come from the analyzers, which fold a copy, so a simplified query marks the matching traditional or full-width characters of the original.</remarks>
public sealed class SnippetHighlighter(Analyzer words, Analyzer bigrams, int window = 120)
{
    public SnippetHighlighter()
        : this(new ChineseAnalyzer(), new ChineseBigramAnalyzer())
    {
    }

    public int Window { get; } = window;

    public Snippet Highlight(string text, HighlightTerms terms)
    {
        var matches = new List<(int Start, int End, string Term)>();
        if (!terms.IsEmpty && text.Length > 0)
        {
            // Bigrams mark every Han word of two or more characters (its bigrams are query terms too) at a fraction of the cost
            // of dictionary segmentation; the word pass runs only for words the bigrams do not cover. Single-character words
            // (的, 度) would mark noise everywhere, so they are left to the bigrams.
            Collect(bigrams, text, terms.Bigrams, minLength: 1, matches);
            if (NeedsWordPass(terms)) Collect(words, text, terms.Words, minLength: 2, matches);
            matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }

        var (start, end) = ChooseWindow(text, matches);
        var highlights = new List<TextSpan>();
        foreach (var (matchStart, matchEnd, _) in matches)
        {
            if (matchStart < start || matchEnd > end) continue;
            var span = new TextSpan(matchStart - start, matchEnd - start);
            if (highlights.Count > 0 && span.Start <= highlights[^1].End)
            {
                if (span.End > highlights[^1].End) highlights[^1] = highlights[^1] with { End = span.End };
            }
            else
            {
                highlights.Add(span);
            }
        }

        return new Snippet { Text = Flatten(text.AsSpan(start, end - start)), Highlights = highlights, Start = start };
    }

    private (int Start, int End) ChooseWindow(string text, List<(int Start, int End, string Term)> matches)
    {
        if (text.Length <= Window) return (0, text.Length);
        if (matches.Count == 0) return (0, SafeEnd(text, Window));

        // Windows starting at each match: most distinct terms, then most matches, then earliest.
        var bestFirst = 0;
        var bestLast = 0;
        var bestDistinct = -1;
        var bestCount = -1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < matches.Count; first++)
        {
            seen.Clear();
            var last = first;
            for (var j = first; j < matches.Count && matches[j].End - matches[first].Start <= Window; j++)
            {
                seen.Add(matches[j].Term);
                last = j;
            }
            var count = last - first + 1;
            if (seen.Count > bestDistinct || (seen.Count == bestDistinct && count > bestCount))
            {
                (bestFirst, bestLast, bestDistinct, bestCount) = (first, last, seen.Count, count);
            }
        }

        // Centre the matched stretch in the window so the reader sees what leads up to it.
        var covered = matches[bestLast].End - matches[bestFirst].Start;
        var start = matches[bestFirst].Start - Math.Max(0, (Window - covered) / 2);
        start = Math.Clamp(start, 0, text.Length - Window);
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        return (start, SafeEnd(text, start + Window));
    }

    private static bool NeedsWordPass(HighlightTerms terms)
    {
        foreach (var word in terms.Words)
        {
            if (!terms.Bigrams.Contains(word) && !ChineseCharacters.IsHan(word[0])) return true;
        }
        return false;
    }

    private static int SafeEnd(string text, int end)
    {
        end = Math.Min(end, text.Length);
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1])) end++;
        return end;
    }

    private static void Collect(Analyzer analyzer, string text, IReadOnlySet<string> wanted, int minLength, List<(int, int, string)> matches)
    {
        if (wanted.Count == 0) return;
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length < minLength && term.Length > 0 && ChineseCharacters.IsHan(term.Buffer[0])) continue;
            var value = term.ToString();
            if (wanted.Contains(value)) matches.Add((offset.StartOffset, offset.EndOffset, value));
        }
        stream.End();
    }

    /// <summary>Line breaks and tabs become spaces, one for one, so the snippet reads as a line and offsets still hold.</summary>
    private static string Flatten(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++) destination[i] = source[i] is '\r' or '\n' or '\t' ? ' ' : source[i];
        });
    }
}
