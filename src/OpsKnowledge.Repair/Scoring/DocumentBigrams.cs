using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>The character pairs, triples and line endings a document uses elsewhere: a repair that repeats the document's own wording (a table header, a term) is likely right.</summary>
public sealed class DocumentBigrams
{
    /// <summary>Cost (in language-model units) taken off for each neighbour pair the document already contains.</summary>
    public const int SeenPairBonus = 25;

    private readonly HashSet<uint> pairs = [];
    private readonly HashSet<ulong> triples = [];
    private readonly Dictionary<char, int> lineFinal = [];
    private int lines;

    private DocumentBigrams(string text, bool annotatedSite)
    {
        AnnotatedSite = annotatedSite;
        for (var i = 1; i < text.Length; i++)
        {
            var (a, b) = (text[i - 1], text[i]);
            if (b == '\n')
            {
                if (a is not ('\n' or '\r' or ' ')) Count(a);
                continue;
            }
            // Pairs with a ? or a rare character are damage, not wording.
            if (a == '?' || b == '?' || CharacterBands.Of(a) > CharacterBand.LessCommonHan || CharacterBands.Of(b) > CharacterBand.LessCommonHan) continue;
            pairs.Add(Key(a, b));
            if (i >= 2 && text[i - 2] != '?' && CharacterBands.Of(text[i - 2]) <= CharacterBand.LessCommonHan) triples.Add(Key(text[i - 2], a, b));
        }
        if (text.Length > 0 && text[^1] is not ('\n' or '\r' or ' ')) Count(text[^1]);
        int han = 0, traditional = 0;
        foreach (var c in text)
        {
            if (!ChineseCharacters.IsHan(c)) continue;
            han++;
            if (ScriptFolding.Standard.IsTraditional(c)) traditional++;
        }
        Traditional = traditional >= 3 && traditional * 20 >= han;
    }

    /// <summary>True when the document is written (or rendered) in traditional characters.</summary>
    public bool Traditional { get; }

    /// <summary>A cost for a simplified character with a distinct traditional form in a traditional document (数 where the page writes 數).</summary>
    public int ScriptCost(char c) => Traditional && ScriptFolding.Standard.HasTraditionalForm(c) ? 30 : 0;

    /// <summary>On an annotated site page, a character written without annotation has the same form in both scripts: one with two forms (数/數) costs extra.</summary>
    public int UnannotatedCost(char c) => AnnotatedSite && (ScriptFolding.Standard.HasTraditionalForm(c) || ScriptFolding.Standard.IsTraditional(c)) ? 30 : 0;

    /// <summary>Collects the pairs of <paramref name="text"/> (one pass; call only when a repair needs it).</summary>
    public static DocumentBigrams Of(string text, bool annotatedSite = false) => new(text, annotatedSite);

    /// <summary>True when the document came from a sharing site that writes every character with a distinct traditional form as traditional plus a pinyin annotation.</summary>
    public bool AnnotatedSite { get; }

    /// <summary>True when the document contains <paramref name="a"/> directly followed by <paramref name="b"/>.</summary>
    public bool Contains(char a, char b) => pairs.Contains(Key(a, b));

    /// <summary>A negative cost for each of the pairs (<paramref name="before"/>, <paramref name="c"/>) and (<paramref name="c"/>, <paramref name="after"/>) the document contains; '\0' means no neighbour.</summary>
    public int PairCost(char before, char c, char after) =>
        (before != '\0' && Contains(before, c) ? -SeenPairBonus : 0) + (after != '\0' && Contains(c, after) ? -SeenPairBonus : 0);

    /// <summary>A negative cost for every pair and triple of <paramref name="window"/> the document contains elsewhere.</summary>
    public int SeenCost(ReadOnlySpan<char> window)
    {
        var seen = 0;
        for (var i = 1; i < window.Length; i++)
        {
            if (Contains(window[i - 1], window[i])) seen++;
            if (i >= 2 && triples.Contains(Key(window[i - 2], window[i - 1], window[i]))) seen++;
        }
        return -SeenPairBonus * seen;
    }

    /// <summary>A negative cost for a line-final character in proportion to how many of the document's lines end with it.</summary>
    public int LineFinalCost(char c)
    {
        if (lines == 0) return 0;
        lineFinal.TryGetValue(c, out var count);
        return -(int)(60.0 * count / lines);
    }

    private void Count(char c)
    {
        lineFinal[c] = lineFinal.GetValueOrDefault(c) + 1;
        lines++;
    }

    private static uint Key(char a, char b) => ((uint)a << 16) | b;

    private static ulong Key(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;
}
