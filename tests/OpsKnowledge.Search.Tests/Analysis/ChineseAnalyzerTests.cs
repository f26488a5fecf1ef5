using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Tests.Analysis;

public sealed class ChineseAnalyzerTests
{
    private static readonly ChineseAnalyzer Analyzer = new();

    [Theory]
    [InlineData("提升基础运营服务的客户满意度", "提升|基础|运营|服务|的|客户|满意|度")]
    [InlineData("運營效率與客戶滿意度", "运营|效率|与|客户|满意|度")]
    [InlineData("完成率达到98.5%，同比增长12%。", "完成|率|达到|98.5|同|比|增长|12")]
    [InlineData("ＡＢＣ１２３全角字符", "abc123|全角|字符")]
    [InlineData("KPI指标在Q3季度复盘", "kpi|指标|在|q3|季度|复|盘")]
    [InlineData("  ，。！？——《》  ", "")]
    public void Text_IsSplitIntoFoldedWords(string text, string expected)
    {
        Assert.Equal(expected, TokenReader.Terms(Analyzer, text));
    }

    [Fact]
    public void TraditionalText_SegmentsLikeSimplified()
    {
        Assert.Equal(
            TokenReader.Terms(Analyzer, "关键指标与资讯系统建设"),
            TokenReader.Terms(Analyzer, "關鍵指標與資訊系統建設"));
    }

    [Fact]
    public void Offsets_PointIntoTheOriginalText()
    {
        const string text = "一、運營效率（ＫＰＩ）提升";
        foreach (var (term, start, end) in TokenReader.Read(Analyzer, text))
        {
            Assert.Equal(term, ChineseTextFolder.Fold(text[start..end]));
        }
        var kpi = TokenReader.Read(Analyzer, text).Single(t => t.Term == "kpi");
        Assert.Equal("ＫＰＩ", text[kpi.Start..kpi.End]);
    }

    [Fact]
    public void SameAnalyzer_IsUsableFromSeveralThreads()
    {
        var results = Enumerable.Range(0, 8).AsParallel()
            .Select(i => TokenReader.Terms(Analyzer, $"第{i}阶段运营效率提升"))
            .ToList();
        Assert.All(results, r => Assert.Contains("运营|效率|提升", r));
    }
}
