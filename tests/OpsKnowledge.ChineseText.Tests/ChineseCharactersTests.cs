namespace OpsKnowledge.ChineseText.Tests;

public sealed class ChineseCharactersTests
{
    [Theory]
    [InlineData('运', true, true)]
    [InlineData('\u3400', false, true)]
    [InlineData('\uF900', false, true)]
    [InlineData('。', false, false)]
    [InlineData('A', false, false)]
    [InlineData('あ', false, false)]
    public void HanAndUnifiedIdeographs_AreTheNamedBlocks(char c, bool unified, bool han)
    {
        Assert.Equal(unified, ChineseCharacters.IsUnifiedIdeograph(c));
        Assert.Equal(han, ChineseCharacters.IsHan(c));
    }

    [Theory]
    [InlineData('。', true, false, true)]
    [InlineData('\u3000', true, false, true)]
    [InlineData('，', false, true, true)]
    [InlineData('Ａ', false, true, true)]
    [InlineData('あ', false, false, true)]
    [InlineData('“', false, false, false)]
    [InlineData('a', false, false, false)]
    public void PunctuationAndFullWidthForms_AreTheNamedBlocks(char c, bool cjkPunctuation, bool fullWidth, bool cjkSpanOrFullWidth)
    {
        Assert.Equal(cjkPunctuation, ChineseCharacters.IsCjkPunctuation(c));
        Assert.Equal(fullWidth, ChineseCharacters.IsFullWidthForm(c));
        Assert.Equal(cjkSpanOrFullWidth, ChineseCharacters.IsCjkSpanOrFullWidth(c));
    }
}
