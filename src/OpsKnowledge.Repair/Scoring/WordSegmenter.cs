using System.Globalization;
using ICU4N.Text;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>Measures how much of a Chinese text segments into multi-character dictionary words (ICU's zh dictionary).</summary>
public static class WordSegmenter
{
    // A BreakIterator is not thread-safe and costs ~0.3 s to create: one prototype, one clone per thread.
    private static readonly Lazy<BreakIterator> Prototype = new(() => BreakIterator.GetWordInstance(new CultureInfo("zh-CN")));

    [ThreadStatic]
    private static BreakIterator? perThread;

    // Single characters that are ordinary words on their own; any other Han character standing alone hints at damage.
    private const string FunctionCharacters = "的是在和与及为将等了对从到由把被或并且也都而但如其各每该此个年月日元亿万人家项次一二三四五六七八九十百千两第以于向按至含超达约近占较更最新高低大小多少上下中内外前后已未不无有可能需要要会使让给做用"
        + "则即若因所之者率度化性型类级期号个件位名台套家户次天周季";

    /// <summary>Counts the Han characters of <paramref name="text"/> that lie inside multi-character words, and the uncommon Han characters standing alone.</summary>
    public static (int InWords, int Single) Count(string text)
    {
        var iterator = perThread ??= (BreakIterator)Prototype.Value.Clone();
        iterator.SetText(text);
        int inWords = 0, single = 0;
        var start = iterator.First();
        for (var end = iterator.Next(); end != BreakIterator.Done; start = end, end = iterator.Next())
        {
            var han = 0;
            for (var i = start; i < end; i++)
            {
                if (CharacterBands.IsHan(text[i])) han++;
            }
            if (han == 0) continue;
            if (end - start >= 2 && han == end - start) inWords += han;
            else if (end - start > 1 || !FunctionCharacters.Contains(text[start])) single += han;
        }
        return (inWords, single);
    }

    /// <summary>Segments <paramref name="text"/> into words (for tests and diagnostics).</summary>
    public static IReadOnlyList<string> Segment(string text)
    {
        var iterator = perThread ??= (BreakIterator)Prototype.Value.Clone();
        iterator.SetText(text);
        var words = new List<string>();
        var start = iterator.First();
        for (var end = iterator.Next(); end != BreakIterator.Done; start = end, end = iterator.Next())
        {
            words.Add(text[start..end]);
        }
        return words;
    }
}
