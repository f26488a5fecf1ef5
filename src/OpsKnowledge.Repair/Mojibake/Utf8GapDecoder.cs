using System.Text;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Mojibake;

/// <summary>Decodes UTF-8 bytes in which some bytes were lost, choosing each lost character among the candidates the byte structure allows, by context.</summary>
public static class Utf8GapDecoder
{
    private const int MaxGuessedShare = 2; // at most one guessed character in two
    private const int BeamWidth = 8;

    /// <summary>The decoded text and how many characters had to be guessed, or null when the bytes are not UTF-8 at all.</summary>
    public static (string Text, int Guessed)? Decode(List<int> bytes, ICandidateScorer? scorer, string left, string right, byte[]? lostBytes = null) =>
        DecodeReading(bytes, scorer, left, right, lostBytes) is { } reading ? (reading.Text, reading.Guessed) : null;

    /// <summary>As <see cref="Decode"/>, with the lead of each guessed character over its runner-up (the smallest) and the near-tie readings.</summary>
    public static GapReading? DecodeReading(List<int> bytes, ICandidateScorer? scorer, string left, string right, byte[]? lostBytes = null)
    {
        // A stream a third unknown is bytes a decoder could not read at all (GBK read as UTF-8, 锟斤拷 runs): the characters are gone, not guessable.
        var unknown = 0;
        foreach (var b0 in bytes) unknown += b0 < 0 ? 1 : 0;
        if (unknown > 2 && unknown * 3 > bytes.Count) return null;
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
            while (parts.Count <= need && j < bytes.Count && (bytes[j] < 0 || (bytes[j] >= 0x80 && bytes[j] <= 0xBF) || bytes[j] == 0x20))
            {
                // A space where a continuation byte must be is an NBSP (A0) that a copy through a browser turned into a space.
                parts.Add(bytes[j] == 0x20 ? 0xA0 : bytes[j]);
                j++;
            }
            var dropped = need + 1 - parts.Count; // continuation bytes dropped by the decoder, at unknown positions
            i = j;
            var lost = dropped;
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
                if (scorer is null) slots.Add(new List<string>());
                else slots.Add(Enumerate(parts, dropped, lostBytes));
            }
        }
        var guessed = 0;
        foreach (var s in slots) if (s is List<string>) guessed++;
        if (guessed * MaxGuessedShare > slots.Count - ascii + 1 && guessed > 1) return null;
        if (scorer is null) return new GapReading("", double.PositiveInfinity, guessed, []);
        var chosen = new string[slots.Count];
        for (var k = 0; k < slots.Count; k++) chosen[k] = slots[k] as string ?? "";
        var settled = new bool[slots.Count];
        ChooseAdjacentGuessesJointly(slots, chosen, settled, scorer!, left, right);
        // Two passes: the first sees only fixed neighbours, the second also the guesses made next to it.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < slots.Count; k++)
            {
                if (slots[k] is not List<string> candidates || settled[k]) continue;
                var before = Tail(Join(chosen, 0, k, left), 3);
                var after = Head(Join(chosen, k + 1, slots.Count, "") + right, 3);
                chosen[k] = Choose(candidates, before, after, scorer!);
            }
            if (guessed < 2) break;
        }
        var builder = new StringBuilder();
        foreach (var part in chosen) builder.Append(part);
        var (margin, alternatives) = Runners(slots, chosen, scorer!, left, right);
        return new GapReading(builder.ToString(), margin, guessed, alternatives);
    }

    // Score points (summed) within which a runner-up is a near tie worth listing.
    private const double NearTie = 1.5;

    // Each guessed character against the other candidates of its slot, in the final context: the smallest lead, and the readings that came close
    // or that swap a digit or an opposite (≤ for ≥), which a consultant must see.
    private static (double Margin, List<string> Alternatives) Runners(List<object> slots, string[] chosen, ICandidateScorer scorer, string left, string right)
    {
        var margin = double.PositiveInfinity;
        var alternatives = new List<string>();
        for (var k = 0; k < slots.Count; k++)
        {
            if (slots[k] is not List<string> candidates || candidates.Count < 2) continue;
            var before = Tail(Join(chosen, 0, k, left), 3);
            var after = Head(Join(chosen, k + 1, slots.Count, "") + right, 3);
            var length = before.Length + after.Length + 1;
            var best = scorer.Score(before + chosen[k] + after) * length;
            var second = double.NegativeInfinity;
            foreach (var candidate in candidates)
            {
                if (candidate == chosen[k]) continue;
                var score = scorer.Score(before + candidate + after) * length;
                second = Math.Max(second, score);
                if ((best - score < NearTie || RepairConfidence.DiffersBySense(chosen[k], candidate)) && alternatives.Count < 3)
                {
                    var copy = (string[])chosen.Clone();
                    copy[k] = candidate;
                    alternatives.Add(string.Concat(copy));
                }
            }
            margin = Math.Min(margin, best - second);
        }
        return (margin, alternatives);
    }

    // Neighbouring characters that both lost bytes are chosen together: 吞吐量 is a word, but 吞 and 吐 guessed one at a time each see an unknown neighbour and lose to 卞 and 十.
    private static void ChooseAdjacentGuessesJointly(List<object> slots, string[] chosen, bool[] settled, ICandidateScorer scorer, string left, string right)
    {
        var k = 0;
        while (k < slots.Count)
        {
            if (slots[k] is not List<string>)
            {
                k++;
                continue;
            }
            var g = k;
            while (g < slots.Count && slots[g] is List<string>) g++;
            if (g - k > 1)
            {
                var before = Tail(Join(chosen, 0, k, left), 3);
                var after = Head(Join(chosen, g, slots.Count, "") + right, 3);
                var best = BeamSearch(slots, k, g, before, after, scorer);
                for (var n = k; n < g; n++)
                {
                    chosen[n] = best[n - k];
                    settled[n] = true;
                }
            }
            k = g;
        }
    }

    // Left to right, keeping the few best partial readings: exhaustive search over four guessed characters of ten candidates each would score 10,000 strings.
    private static string[] BeamSearch(List<object> slots, int from, int to, string before, string after, ICandidateScorer scorer)
    {
        var beam = new List<(string[] Chars, double Score)> { (new string[to - from], 0) };
        for (var k = from; k < to; k++)
        {
            var next = new List<(string[] Chars, double Score)>();
            foreach (var (chars, _) in beam)
            {
                foreach (var candidate in (List<string>)slots[k])
                {
                    var extended = (string[])chars.Clone();
                    extended[k - from] = candidate;
                    var text = before + string.Join("", extended, 0, k - from + 1) + (k == to - 1 ? after : "");
                    next.Add((extended, scorer.Score(text)));
                }
            }
            // Stable, so ties keep the enumeration order, as the one-at-a-time choice does.
            beam = next.OrderByDescending(x => x.Score).Take(BeamWidth).ToList();
        }
        return beam[0].Chars;
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

    private static string Join(string[] parts, int from, int to, string prefix)
    {
        var builder = new StringBuilder(prefix);
        for (var k = from; k < to; k++) builder.Append(parts[k]);
        return builder.ToString();
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
    private static List<string> Enumerate(List<int> parts, int dropped, byte[]? lostBytes)
    {
        var result = new List<string>();
        var fallback = new List<string>();
        var leads = parts[0] >= 0 ? [parts[0]] : Enumerable.Range(0xE3, 7).ToArray();
        // Dropped continuation bytes may have sat anywhere after the lead: try every arrangement.
        var arrangements = new List<List<int>>();
        Arrange(parts.GetRange(1, parts.Count - 1), dropped, [], arrangements);
        foreach (var arrangement in arrangements)
        {
            var full = new List<int>(arrangement.Count + 1) { 0 };
            full.AddRange(arrangement);
            var array = new byte[full.Count];
            foreach (var lead in leads)
            {
                full[0] = lead;
                array[0] = (byte)lead;
                Fill(full, 1, array, result, fallback, lostBytes);
            }
        }
        var distinct = result.Count > 0 ? result : fallback.Count > 0 ? fallback : ["\uFFFD"];
        // Candidates that score the same keep their order, so the order is the tie-break: frequent plan punctuation first (targets are stated with ≥ and ≤, seldom with ≈ or ≡).
        return distinct.Distinct().OrderBy(SymbolRank).ToList();
    }

    // Symbols of plan text before their look-alikes: between 4月 and 6月 a lost — must not lose to ≥, before 95% a lost ≥ must not lose to ≈.
    // (Ranking all punctuation by frequency put 、 and “ ahead of the right answer in ties: worse on both corpora.)
    private const string PlanSymbols = "—≥≤±～℃‰";

    private static int SymbolRank(string candidate)
    {
        var rank = PlanSymbols.IndexOf(candidate[0]);
        return rank < 0 ? PlanSymbols.Length : rank;
    }

    private static void Arrange(List<int> known, int dropped, List<int> prefix, List<List<int>> output)
    {
        if (known.Count == 0 && dropped == 0)
        {
            output.Add([.. prefix]);
            return;
        }
        if (dropped > 0)
        {
            prefix.Add(-1);
            Arrange(known, dropped - 1, prefix, output);
            prefix.RemoveAt(prefix.Count - 1);
        }
        if (known.Count > 0)
        {
            prefix.Add(known[0]);
            Arrange(known.GetRange(1, known.Count - 1), dropped, prefix, output);
            prefix.RemoveAt(prefix.Count - 1);
        }
    }

    private static void Fill(List<int> parts, int index, byte[] array, List<string> good, List<string> other, byte[]? lostBytes)
    {
        if (index == parts.Count)
        {
            try
            {
                var s = Decoding.CodePages.Utf8Strict.GetString(array);
                if (s.Length != 1) return;
                var band = CharacterBands.Of(s[0]);
                // Traditional forms of common characters (達, 現, 約) are as plausible as the simplified: a traditional document loses bytes too.
                if (band is CharacterBand.CommonHan or CharacterBand.CommonPunctuation || (band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(s[0]))) good.Add(s);
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
            Fill(parts, index + 1, array, good, other, lostBytes);
            return;
        }
        if (lostBytes is not null)
        {
            foreach (var b in lostBytes)
            {
                array[index] = b;
                Fill(parts, index + 1, array, good, other, lostBytes);
            }
            return;
        }
        for (var b = 0x80; b <= 0xBF; b++)
        {
            array[index] = (byte)b;
            Fill(parts, index + 1, array, good, other, lostBytes);
        }
    }
}
