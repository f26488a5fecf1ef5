using ICU4N.Text;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.ChineseText.Tests;

public sealed class ScriptFoldingTests
{
    // The table is generated from ICU once; this keeps it honest after an ICU4N upgrade or a hand edit.
    [Fact]
    public void StandardFolding_IsIcuTraditionalSimplified_ForEveryBmpHanCharacter()
    {
        var icu = Transliterator.GetInstance("Traditional-Simplified");
        var mismatches = new List<string>();
        for (var i = 0; i < 0x10000; i++)
        {
            var c = (char)i;
            if (!ChineseCharacters.IsHan(c)) continue;
            var one = icu.Transliterate(c.ToString());
            var expected = one.Length == 1 && ChineseCharacters.IsHan(one[0]) ? one[0] : c;
            if (ScriptFolding.Standard.ToSimplified(c) != expected) mismatches.Add($"U+{i:X4}");
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("風險與數據", "风险与数据")]
    [InlineData("乾隆顯著", "干隆显着")]
    [InlineData("客户满意度", "客户满意度")]
    [InlineData("ＡＢＣ「達到」", "ＡＢＣ「达到」")]
    public void StandardFolding_FoldsEveryTraditionalHanCharacter_AndNothingElse(string text, string expected)
    {
        Assert.Equal(expected, ScriptFolding.Standard.ToSimplified(text));
    }

    [Theory]
    [InlineData("顯著", "显著")]
    [InlineData("乾燥達標", "乾燥达标")]
    [InlineData("\u380F風", "\u380F风")]
    public void ExtractionFolding_Keeps著And乾AndCharactersOutsideTheUnifiedBlock(string text, string expected)
    {
        Assert.Equal(expected, ScriptFolding.ForExtraction.ToSimplified(text));
    }

    [Fact]
    public void ExtractionFolding_DiffersFromStandard_OnlyAtItsNamedExceptions()
    {
        var differences = new List<char>();
        for (var i = 0; i < 0x10000; i++)
        {
            var c = (char)i;
            if (ScriptFolding.ForExtraction.ToSimplified(c) != ScriptFolding.Standard.ToSimplified(c)) differences.Add(c);
        }
        Assert.Contains('著', differences);
        Assert.Contains('乾', differences);
        Assert.All(differences, c => Assert.True(c is '著' or '乾' || !ChineseCharacters.IsUnifiedIdeograph(c), $"U+{(int)c:X4}"));
    }

    [Fact]
    public void UnchangedText_IsReturnedAsTheSameInstance()
    {
        var text = "运维指标";
        Assert.Same(text, ScriptFolding.Standard.ToSimplified(text));
    }

    [Fact]
    public void TraditionalAndSimplifiedForms_AreTold()
    {
        Assert.True(ScriptFolding.Standard.IsTraditional('數'));
        Assert.False(ScriptFolding.Standard.IsTraditional('数'));
        Assert.True(ScriptFolding.Standard.HasTraditionalForm('数'));
        Assert.False(ScriptFolding.Standard.HasTraditionalForm('的'));
    }
}
