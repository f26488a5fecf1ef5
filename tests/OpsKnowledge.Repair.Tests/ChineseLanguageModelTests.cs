using OpsKnowledge.Repair.Scoring;

namespace OpsKnowledge.Repair.Tests;

public sealed class ChineseLanguageModelTests
{
    public static TheoryData<string, string> PreferredReadings()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "LanguageModel", "preferred.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory, MemberData(nameof(PreferredReadings))]
    public void PlanWording_CostsLessThanItsMisreading(string right, string wrong) =>
        Assert.True(ChineseLanguageModel.SegmentationCost(right) < ChineseLanguageModel.SegmentationCost(wrong),
            $"{right}: {ChineseLanguageModel.SegmentationCost(right)}, {wrong}: {ChineseLanguageModel.SegmentationCost(wrong)}");

    [Fact]
    public void DictionaryWords_HaveCosts_AndNonWordsDoNot()
    {
        Assert.NotNull(ChineseLanguageModel.WordCost("提升"));
        Assert.NotNull(ChineseLanguageModel.WordCost("运营"));
        Assert.Null(ChineseLanguageModel.WordCost("会升"));
        Assert.Null(ChineseLanguageModel.WordCost(""));
    }

    [Fact]
    public void FrequentCharacters_CostLessThanRareOnes() =>
        Assert.True(ChineseLanguageModel.CharacterCost('的') < ChineseLanguageModel.CharacterCost('鹂'));

    [Fact]
    public void CharactersOutsideTheDictionary_CostAtLeastTheUnknownPrice() =>
        Assert.True(ChineseLanguageModel.CharacterCost('\uE000') >= ChineseLanguageModel.UnknownCharacterCost);

    [Fact]
    public void SegmentationCost_IsAtMostTheSumOfItsCharacters()
    {
        const string text = "全面提升服务质量";
        var characters = text.Sum(ChineseLanguageModel.CharacterCost);
        Assert.True(ChineseLanguageModel.SegmentationCost(text) < characters);
    }

    [Fact]
    public void SegmentationCost_IsTheSameFromManyThreads()
    {
        string[] texts = ["提升运营效率", "鍩虹杩愯惀鏈嶅姟", "全年重大安全事故為零", "存在的主要问题", "按GSP要求配置双路供电"];
        var expected = texts.Select(t => ChineseLanguageModel.SegmentationCost(t)).ToArray();
        var results = new int[8][];
        var threads = Enumerable.Range(0, 8).Select(k => new Thread(() =>
        {
            var costs = new int[texts.Length];
            for (var round = 0; round < 50; round++)
            {
                for (var n = 0; n < texts.Length; n++) costs[n] = ChineseLanguageModel.SegmentationCost(texts[n]);
            }
            results[k] = costs;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void DocumentBigrams_RewardTheDocumentsOwnWording()
    {
        var document = DocumentBigrams.Of("| 指标名称 | 现状值 | 目标值 |\n第一章 总体目标\n");
        Assert.True(document.SeenCost("现状值") < document.SeenCost("现状中"));
        Assert.True(document.Contains('章', ' '));
        Assert.True(document.LineFinalCost('|') < document.LineFinalCost('、'));
    }
}
