namespace OpsKnowledge.Repair.Scoring;

/// <summary>Scores text by GB2312 frequency bands and by how much of it segments into dictionary words.</summary>
public sealed class ChineseTextScorer : ICandidateScorer
{
    /// <summary>The shared default scorer (stateless apart from per-thread ICU objects).</summary>
    public static ChineseTextScorer Default { get; } = new();

    private const double WordBonus = 1.5;
    private const double LoneCharacterPenalty = 1.0;

    public double Score(string text)
    {
        if (text.Length == 0) return 0;
        double sum = 0;
        var han = false;
        foreach (var c in text)
        {
            sum += CostOf(c);
            han |= CharacterBands.IsHan(c);
        }
        if (han)
        {
            var (inWords, single) = WordSegmenter.Count(ScriptConverter.ToSimplified(text));
            sum += WordBonus * inWords - LoneCharacterPenalty * single;
        }
        return sum / text.Length;
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
        var band = CharacterBands.Of(c);
        if (band == CharacterBand.GbkExtension && ScriptConverter.IsTraditional(c))
        {
            return BandCost(CharacterBands.Of(ScriptConverter.ToSimplified(c))) - 0.3;
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
