using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Tests.Analysis;

public sealed class ChineseBigramAnalyzerTests
{
    private static readonly ChineseBigramAnalyzer Analyzer = new();

    [Theory]
    [InlineData("客户满意度", "客户|户满|满意|意度")]
    [InlineData("客戶滿意度", "客户|户满|满意|意度")]
    [InlineData("运营 ＫＰＩ 2026年", "运营|kpi|2026|年")]
    [InlineData("度", "度")]
    public void Text_IsSplitIntoFoldedBigrams(string text, string expected)
    {
        Assert.Equal(expected, TokenReader.Terms(Analyzer, text));
    }

    [Fact]
    public void Bigrams_KeepOriginalOffsets()
    {
        const string text = "提高客戶滿意度";
        var bigram = TokenReader.Read(Analyzer, text).Single(t => t.Term == "满意");
        Assert.Equal("滿意", text[bigram.Start..bigram.End]);
    }
}
