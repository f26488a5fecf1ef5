using OpsKnowledge.Core.Model;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair;

/// <summary>Turns a repairer's evidence (gain over the damaged text, lead over the runner-up, guessed bytes) into a confidence calibrated on the repair matrix.</summary>
public static class RepairConfidence
{
    // Score points (summed over the span) by which the winner must lead the next different reading not to be a near tie.
    private const double NearTie = 1.5;

    // Pairs a lost byte can swap and that change what a plan says: a ceiling for a floor, a rise for a fall.
    private static readonly string[] Opposites = ["≤≥", "<>", "高低", "升降", "增减", "增減", "多少", "大小", "上下", "前后", "前後", "早晚", "长短", "長短"];

    /// <summary>The confidence of a reading that had to guess <paramref name="guessed"/> bytes and led its runner-up by <paramref name="margin"/>.</summary>
    public static double FromEvidence(double fromGain, int guessed, double margin)
    {
        if (guessed == 0) return fromGain;
        if (margin < NearTie) return Math.Min(fromGain, 0.3 + 0.15 * Math.Max(0, margin));
        // A guessed byte is right less often than a re-decoding that needed none (matrix calibration): only a wide lead earns 0.9.
        return Math.Min(fromGain, margin >= 6 ? 0.92 : 0.6 + 0.05 * margin);
    }

    // Caps from what the repaired text and its neighbours look like (matrix calibration, 2026-12-07: the repairs at >= 0.9 that were wrong
    // mostly left a rare character, a mark or a stray ASCII letter in their output, or sat beside text that was itself still damaged).
    private const double StillDamagedCap = 0.8;
    private const double RareOutputCap = 0.89;
    private const double DamagedContextCap = 0.85;

    /// <summary>
    /// Lowers <paramref name="confidence"/> when the evidence around a repair is weak: its output still holds a lost-byte mark, an unlikely
    /// character or an ASCII letter between Chinese characters, or the text either side of it (<paramref name="left"/>, <paramref name="right"/>) is itself damaged.
    /// </summary>
    public static double FromSurroundings(double confidence, string after, ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var cap = 1.0;
        for (var k = 0; k < after.Length; k++)
        {
            var c = after[k];
            if (IsDamageMark(c) || (char.IsAsciiLetter(c) && k > 0 && k + 1 < after.Length && ChineseCharacters.IsHan(after[k - 1]) && ChineseCharacters.IsHan(after[k + 1])))
            {
                cap = Math.Min(cap, StillDamagedCap);
            }
            else if (CharacterBands.Of(c) is CharacterBand.LessCommonHan or CharacterBand.GbkExtension && !ScriptFolding.Standard.IsTraditional(c))
            {
                cap = Math.Min(cap, RareOutputCap);
            }
        }
        foreach (var c in left) if (IsDamageMark(c)) cap = Math.Min(cap, DamagedContextCap);
        foreach (var c in right) if (IsDamageMark(c)) cap = Math.Min(cap, DamagedContextCap);
        return Math.Min(confidence, cap);
    }

    // A lost-byte mark or a character damaged text shows and plan text does not (Latin-1 letters, rare symbols, characters outside GBK).
    private static bool IsDamageMark(char c) =>
        c is '?' or '\uFFFD' || CharacterBands.Of(c) is CharacterBand.Impossible or CharacterBand.RareHan or CharacterBand.RareSymbol or CharacterBand.LatinSupplement;

    /// <summary>The final confidence and alternatives: a repair whose runner-up differs only by a digit or by an opposite (≤/≥, 提高/降低) is a guess.</summary>
    public static (double Confidence, IReadOnlyList<string>? Alternatives) Settle(string before, string after, double confidence, IReadOnlyList<string>? alternatives)
    {
        if (alternatives is null || alternatives.Count == 0) return (confidence, null);
        foreach (var alternative in alternatives)
        {
            if (DiffersBySense(after, alternative)) return (Math.Min(confidence, 0.45), alternatives);
        }
        return (confidence, confidence < TextRepair.GuessBelow ? alternatives : null);
    }

    /// <summary>True when the two readings differ, and every difference is a digit for a digit or one of an opposite pair for the other.</summary>
    public static bool DiffersBySense(string a, string b)
    {
        if (a.Length != b.Length || a == b) return false;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] == b[k]) continue;
            if (char.IsAsciiDigit(a[k]) && char.IsAsciiDigit(b[k])) continue;
            if (!IsOpposite(a[k], b[k])) return false;
        }
        return true;
    }

    private static bool IsOpposite(char x, char y)
    {
        foreach (var pair in Opposites)
        {
            if ((pair[0] == x && pair[1] == y) || (pair[0] == y && pair[1] == x)) return true;
        }
        return false;
    }
}
