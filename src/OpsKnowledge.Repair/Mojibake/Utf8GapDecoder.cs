using System.Text;
using OpsKnowledge.Repair.Scoring;

namespace OpsKnowledge.Repair.Mojibake;

/// <summary>Decodes UTF-8 bytes in which some bytes were lost, choosing each lost character among the candidates the byte structure allows, by context.</summary>
public static class Utf8GapDecoder
{
    private const int MaxGuessedShare = 3; // at most one guessed character in three

    /// <summary>The decoded text and how many characters had to be guessed, or null when the bytes are not UTF-8 at all.</summary>
    public static (string Text, int Guessed)? Decode(List<int> bytes, ICandidateScorer scorer, string left, string right)
    {
        // Slots: a fixed character, or a list of candidates for a character with lost bytes.
        var slots = new List<object>();
        var i = 0;
        var ascii = 0;
        while (i < bytes.Count)
        {
            var b = bytes[i];
            if (b >= 0 && b < 0x80)
            {
                slots.Add(((char)b).ToString());
                ascii++;
                i++;
                continue;
            }
            var need = b switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => -1 };
            if (b < 0)
            {
                // A lost lead byte: only recoverable as the common three-byte CJK lead followed by its continuations.
                need = 2;
            }
            else if (need < 0)
            {
                return null; // a stray continuation byte: not UTF-8 mojibake
            }
            var parts = new List<int> { b };
            var j = i + 1;
            while (parts.Count <= need && j < bytes.Count && (bytes[j] < 0 || (bytes[j] >= 0x80 && bytes[j] <= 0xBF)))
            {
                parts.Add(bytes[j]);
                j++;
            }
            while (parts.Count <= need) parts.Add(-1); // continuation bytes dropped by the decoder
            i = j;
            var lost = 0;
            foreach (var p in parts) if (p < 0) lost++;
            if (lost == 0)
            {
                var decoded = DecodeOne(parts);
                if (decoded is null) return null;
                slots.Add(decoded);
            }
            else
            {
                if (lost > 2) return null;
                slots.Add(Enumerate(parts));
            }
        }
        var guessed = 0;
        foreach (var s in slots) if (s is List<string>) guessed++;
        if (guessed * MaxGuessedShare > slots.Count - ascii + 1 && guessed > 1) return null;
        var builder = new StringBuilder();
        for (var k = 0; k < slots.Count; k++)
        {
            if (slots[k] is string fixedText)
            {
                builder.Append(fixedText);
                continue;
            }
            var candidates = (List<string>)slots[k];
            var before = builder.Length > 0 ? builder.ToString(Math.Max(0, builder.Length - 3), Math.Min(3, builder.Length)) : Tail(left, 3);
            var after = new StringBuilder();
            for (var m = k + 1; m < slots.Count && after.Length < 3 && slots[m] is string next; m++) after.Append(next);
            if (after.Length == 0 && k == slots.Count - 1) after.Append(Head(right, 3));
            builder.Append(Choose(candidates, before, after.ToString(), scorer));
        }
        return (builder.ToString(), guessed);
    }

    /// <summary>Picks the candidate that reads best between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static string Choose(List<string> candidates, string before, string after, ICandidateScorer scorer)
    {
        var best = candidates[0];
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = scorer.Score(before + candidate + after);
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        return best;
    }

    private static string Tail(string s, int n) => s.Length <= n ? s : s[^n..];

    private static string Head(string s, int n) => s.Length <= n ? s : s[..n];

    private static string? DecodeOne(List<int> parts)
    {
        var array = new byte[parts.Count];
        for (var k = 0; k < parts.Count; k++) array[k] = (byte)parts[k];
        try
        {
            var s = Decoding.CodePages.Utf8Strict.GetString(array);
            return s;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // Only plausible characters are worth scoring in context: the band table filters thousands of code points cheaply.
    private static List<string> Enumerate(List<int> parts)
    {
        var result = new List<string>();
        var fallback = new List<string>();
        var leads = parts[0] >= 0 ? [parts[0]] : Enumerable.Range(0xE3, 7).ToArray();
        var array = new byte[parts.Count];
        foreach (var lead in leads)
        {
            array[0] = (byte)lead;
            Fill(parts, 1, array, result, fallback);
        }
        return result.Count > 0 ? result : fallback.Count > 0 ? fallback : ["\uFFFD"];
    }

    private static void Fill(List<int> parts, int index, byte[] array, List<string> good, List<string> other)
    {
        if (index == parts.Count)
        {
            try
            {
                var s = Decoding.CodePages.Utf8Strict.GetString(array);
                if (s.Length != 1) return;
                var band = CharacterBands.Of(s[0]);
                if (band is CharacterBand.CommonHan or CharacterBand.CommonPunctuation) good.Add(s);
                else if (band is CharacterBand.LessCommonHan) other.Add(s);
            }
            catch (DecoderFallbackException)
            {
            }
            return;
        }
        if (parts[index] >= 0)
        {
            array[index] = (byte)parts[index];
            Fill(parts, index + 1, array, good, other);
            return;
        }
        for (var b = 0x80; b <= 0xBF; b++)
        {
            array[index] = (byte)b;
            Fill(parts, index + 1, array, good, other);
        }
    }
}
