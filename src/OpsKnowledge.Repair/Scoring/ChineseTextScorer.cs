using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>Scores text by GB2312 frequency bands and by how much of it segments into dictionary words.</summary>
public sealed class ChineseTextScorer : ICandidateScorer
{
    /// <summary>The shared default scorer (stateless apart from per-thread ICU objects).</summary>
    public static ChineseTextScorer Default { get; } = new();

    private const double FrequentBonus = 0.4;

    // About 600 of the most frequent characters in modern Chinese: breaks ties between candidates that both form words (全年 vs 全店).
    private const string FrequentCharacters =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
        + "营销客户服务项目计划管理费用投资增长目标指标完成提升降低保障措施推进落实考核责任风险预算成本收入利润效率质量安全培训平台系统数据运维";

    private static readonly bool[] Frequent = BuildFrequent();

    private static bool[] BuildFrequent()
    {
        var table = new bool[65536];
        foreach (var c in FrequentCharacters) table[c] = true;
        return table;
    }

    public double Score(string text)
    {
        if (text.Length == 0) return 0;
        double sum = 0;
        var han = false;
        foreach (var c in text)
        {
            sum += CostOf(c);
            han |= ChineseCharacters.IsHan(c);
        }
        if (han) sum += LanguageModelTerm(text);
        return sum / text.Length;
    }

    // Dictionary cost per Han character: about 40 in plan wording, 90 and more in mojibake. Mapped so that plan wording earns about +1.5 a character
    // (what ICU's word share earned before) and mojibake about -1; capped so a rare character is not punished twice (its band already costs it).
    private const double CostAtZero = 70;
    private const double CostPerPoint = 20;
    private const double MaxCostPerCharacter = 150;

    /// <summary>The language-model part of the score: each run of Han characters by its cheapest dictionary segmentation.</summary>
    private static double LanguageModelTerm(string text)
    {
        double term = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!ChineseCharacters.IsHan(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && ChineseCharacters.IsHan(text[i])) i++;
            var length = i - start;
            var perCharacter = Math.Min(MaxCostPerCharacter, ChineseLanguageModel.SegmentationCost(text.AsSpan(start, length)) / (double)length);
            term += length * (CostAtZero - perCharacter) / CostPerPoint;
        }
        return term;
    }

    public bool HasImpossible(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (CharacterBands.Of(c) == CharacterBand.Impossible) return true;
        }
        return false;
    }

    /// <summary>The band cost of one character; traditional characters cost little more than their simplified forms.</summary>
    public static double CostOf(char c)
    {
        if (c == '?') return -2;
        if (Frequent[c]) return FrequentBonus;
        if (c is '，' or '。') return FrequentBonus; // the two marks that end most clauses
        var band = CharacterBands.Of(c);
        if (band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(c))
        {
            return BandCost(CharacterBands.Of(ScriptFolding.Standard.ToSimplified(c))) - 0.3;
        }
        return BandCost(band);
    }

    private static double BandCost(CharacterBand band) => band switch
    {
        CharacterBand.Ascii or CharacterBand.Whitespace or CharacterBand.CommonHan => 0,
        CharacterBand.CommonPunctuation => 0.2,
        CharacterBand.LessCommonHan => -2,
        CharacterBand.GbkExtension => -3,
        CharacterBand.LatinSupplement => -3,
        CharacterBand.Other => -3,
        CharacterBand.RareSymbol => -4,
        CharacterBand.RareHan => -5,
        _ => -15,
    };
}
