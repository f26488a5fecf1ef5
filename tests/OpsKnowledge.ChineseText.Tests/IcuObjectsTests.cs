using ICU4N.Text;
using OpsKnowledge.ChineseText.Icu;

namespace OpsKnowledge.ChineseText.Tests;

public sealed class IcuObjectsTests
{
    private const string Sentence = "全面推进基础运营服务质量提升，确保客户满意度达到百分之九十五以上。";

    private static string Segment(BreakIterator words, string text)
    {
        words.SetText(text);
        var parts = new List<string>();
        var start = words.First();
        for (var end = words.Next(); end != BreakIterator.Done; start = end, end = words.Next()) parts.Add(text[start..end]);
        return string.Join("|", parts);
    }

    [Fact]
    public void ChineseWordBreaker_FindsDictionaryWords()
    {
        var segmented = Segment(IcuObjects.NewChineseWordBreaker(), Sentence);
        Assert.True(segmented.Split('|').Contains("客户"), segmented);
        Assert.True(segmented.Split('|').Contains("运营"), segmented);
    }

    [Fact]
    public void FreshThreads_SegmentLikeTheFirstThread()
    {
        var expected = Segment(IcuObjects.NewChineseWordBreaker(), Sentence);
        var results = new string[8];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() => results[t] = Segment(IcuObjects.NewChineseWordBreaker(), Sentence))).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Transliterator_IsOnePerThread()
    {
        var here = IcuObjects.TransliteratorForThisThread("Han-Latin");
        Assert.Same(here, IcuObjects.TransliteratorForThisThread("Han-Latin"));
        Transliterator? elsewhere = null;
        var thread = new Thread(() => elsewhere = IcuObjects.TransliteratorForThisThread("Han-Latin"));
        thread.Start();
        thread.Join();
        Assert.NotNull(elsewhere);
        Assert.NotSame(here, elsewhere);
        Assert.Equal("zhōng", here.Transliterate("中"));
    }
}
