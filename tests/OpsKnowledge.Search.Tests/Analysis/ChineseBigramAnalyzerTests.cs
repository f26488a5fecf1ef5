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
    [InlineData("2026年底前", "2026|年底|底前")]
    [InlineData("营业收入12.5亿元，增长1,580户", "营业|业收|收入|12.5|亿元|增长|1,580|户")]
    [InlineData("依据GB/T36344-2018标准", "依据|gb|t36344|2018|标准")]
    [InlineData("达到95%。年", "达到|95|年")]
    public void Text_IsSplitIntoFoldedBigrams(string text, string expected)
    {
        Assert.Equal(expected, TokenReader.Terms(Analyzer, text));
    }

    [Fact]
    public void LoneIdeograph_IsAUnigram_AndTheLastOfARunIsNot()
    {
        var tokens = TokenReader.Read(Analyzer, "水、电费");

        Assert.Equal(["水", "电费"], tokens.Select(t => t.Term).ToArray());
        Assert.Equal((0, 1), (tokens[0].Start, tokens[0].End));
        Assert.Equal((2, 4), (tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void Bigrams_KeepOriginalOffsets()
    {
        const string text = "提高客戶滿意度";
        var bigram = TokenReader.Read(Analyzer, text).Single(t => t.Term == "满意");
        Assert.Equal("滿意", text[bigram.Start..bigram.End]);
    }
}
