using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Tests.Analysis;

public sealed class ChineseTextFolderTests
{
    [Theory]
    [InlineData("運營管理與資訊系統", "运营管理与资讯系统")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("　全角空格％", " 全角空格%")]
    [InlineData("已是简体的运营方案", "已是简体的运营方案")]
    [InlineData("Q3 KPI", "q3 kpi")]
    public void Fold_MapsOneUnitToOne(string text, string expected)
    {
        var folded = ChineseTextFolder.Fold(text);
        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Fact]
    public void SurrogatePairs_AreLeftAlone()
    {
        const string text = "指标𠀀完成";
        Assert.Equal("指标𠀀完成", ChineseTextFolder.Fold(text));
    }
}
