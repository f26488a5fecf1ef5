using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Tests.Analysis;

public sealed class MemoizingAnalyzerTests
{
    // Short record-like texts (remembered), one repeated in traditional script, and a section body longer than the remembered limit (streamed).
    public static TheoryData<string> Texts => new()
    {
        "2026年客户满意度不低于95%，投诉处理及时率达到98%。",
        "客戶滿意度提升至 ９６％ 以上",
        "运营 KPI 2026年",
        "度",
        "",
        "。，、",
        string.Concat(Enumerable.Repeat("第三章 风险管理：建立应急预案，每季度开展一次演练，设备完好率保持在98%以上。", 80)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void RepeatedText_YieldsTheInnerAnalyzersTokens_EveryTime(string text)
    {
        foreach (var (memoizing, inner) in new (Analyzer, Analyzer)[] { (new MemoizingAnalyzer(new ChineseAnalyzer()), new ChineseAnalyzer()), (new MemoizingAnalyzer(new ChineseBigramAnalyzer()), new ChineseBigramAnalyzer()) })
        {
            var expected = Read(inner, text);
            MemoizingAnalyzer.StartDocument();
            Assert.Equal(expected, Read(memoizing, text));
            Read(memoizing, "另一段文字：营业收入增长10%。");
            Assert.Equal(expected, Read(memoizing, text));
            MemoizingAnalyzer.StartDocument();
            Assert.Equal(expected, Read(memoizing, text));
        }
    }

    [Fact]
    public void RememberedTexts_AreForgotten_AtTheNextDocument()
    {
        // The same analyzer, fields interleaved as the index writer does: a repeat in another field is analyzed for that field.
        var memoizing = new MemoizingAnalyzer(new ChineseBigramAnalyzer());
        MemoizingAnalyzer.StartDocument();
        Assert.Equal(Read(new ChineseBigramAnalyzer(), "满意度"), Read(memoizing, "满意度", "heading"));
        Assert.Equal(Read(new ChineseBigramAnalyzer(), "满意度"), Read(memoizing, "满意度", "body"));
        MemoizingAnalyzer.StartDocument();
        Assert.Equal(Read(new ChineseBigramAnalyzer(), "满意度"), Read(memoizing, "满意度", "heading"));
    }

    private static List<(string Term, int Start, int End, int Increment, string Type, int FinalOffset)> Read(Analyzer analyzer, string text, string field = "f")
    {
        var tokens = new List<(string, int, int, int, string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type, -1));
        stream.End();
        tokens.Add(("<end>", offset.StartOffset, offset.EndOffset, 0, "", offset.EndOffset));
        return tokens;
    }
}
