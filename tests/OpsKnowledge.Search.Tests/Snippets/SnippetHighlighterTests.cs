using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Querying;
using OpsKnowledge.Search.Snippets;

namespace OpsKnowledge.Search.Tests.Snippets;

public sealed class SnippetHighlighterTests
{
    private static readonly SnippetHighlighter Highlighter = new();

    private static HighlightTerms Terms(string[] words, string[] bigrams) =>
        new() { Words = new HashSet<string>(words), Bigrams = new HashSet<string>(bigrams) };

    private static IEnumerable<string> Marked(Snippet snippet) => snippet.Highlights.Select(h => snippet.Text[h.Start..h.End]);

    [Fact]
    public void TraditionalText_IsMarkedForSimplifiedTerms()
    {
        var snippet = Highlighter.Highlight("提高客戶滿意度，完善投訴處理機制。", Terms(["满意", "度"], ["满意", "意度"]));

        Assert.Equal(["滿意度"], Marked(snippet));
    }

    [Fact]
    public void OverlappingMatches_AreMergedIntoOneSpan()
    {
        var snippet = Highlighter.Highlight("客户满意度调查", Terms(["客户", "满意"], ["客户", "户满", "满意", "意度"]));

        Assert.Equal(["客户满意度"], Marked(snippet));
    }

    [Fact]
    public void SingleCharacterWords_AreNotMarkedAlone()
    {
        var snippet = Highlighter.Highlight("年度计划与季度复盘", Terms(["度"], []));

        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void FullWidthLatin_IsMarkedForHalfWidthTerms()
    {
        var snippet = Highlighter.Highlight("三、ＫＰＩ考核办法", Terms(["kpi", "考核"], ["kpi", "考核"]));

        Assert.Equal(["ＫＰＩ考核"], Marked(snippet));
    }

    [Fact]
    public void LongText_WindowHoldsTheMostDistinctTerms()
    {
        var filler = string.Concat(Enumerable.Repeat("门店日常巡检按既定流程执行。", 20));
        var text = "运营效率需要提升。" + filler + "运营效率与客户满意度共同纳入考核。" + filler;

        var snippet = Highlighter.Highlight(text, Terms(["运营", "效率", "满意"], ["运营", "营效", "效率", "满意", "意度"]));

        Assert.True(snippet.Text.Length <= Highlighter.Window + 1);
        Assert.Contains("运营效率与客户满意度", snippet.Text);
        Assert.Equal(text.Substring(snippet.Start, snippet.Text.Length), snippet.Text);
        Assert.Contains("满意度", Marked(snippet));
        Assert.All(snippet.Highlights, h => Assert.InRange(h.End, h.Start + 1, snippet.Text.Length));
    }

    [Fact]
    public void NoMatch_GivesTheStartOfTheText()
    {
        var text = string.Concat(Enumerable.Repeat("门店日常巡检按既定流程执行。", 20));

        var snippet = Highlighter.Highlight(text, Terms(["预算"], ["预算"]));

        Assert.Equal(0, snippet.Start);
        Assert.Equal(Highlighter.Window, snippet.Text.Length);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void LineBreaks_BecomeSpacesWithoutMovingOffsets()
    {
        var snippet = Highlighter.Highlight("指标\t目标值\n客户满意度\t≥95%", Terms(["满意"], ["满意", "意度"]));

        Assert.DoesNotContain('\n', snippet.Text);
        Assert.Equal(["满意度"], Marked(snippet));
        Assert.Equal("指标 目标值 客户满意度 ≥95%", snippet.Text);
    }
}
