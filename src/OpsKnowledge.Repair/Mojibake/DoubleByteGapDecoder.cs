using System.Text;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Mojibake;

/// <summary>
/// Decodes a GBK or Big5 byte stream in which bytes are unknown (a ? or U+FFFD of a strict decoder), dropped (errors='ignore', iconv -c, a lost byte)
/// or inserted: every reading the code page's byte structure allows is enumerated, jointly over the span by a beam, and scored with the language model.
/// </summary>
public static class DoubleByteGapDecoder
{
    private const int BeamWidth = 24;
    private const int Window = 4;
    private const double PunctuationPrior = 1.5;
    private const int MaxSparseUnknown = 2;
    private static readonly Lazy<PairTable> Gbk = new(() => new PairTable(Decoding.CodePages.Gb18030Strict), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<PairTable> Big5 = new(() => new PairTable(Decoding.CodePages.Big5Strict), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The best reading, its lead over the best different reading (score points), and the runners-up; null when no reading covers the bytes.</summary>
    public static GapReading? Decode(List<int> bytes, bool big5, ICandidateScorer scorer, string left, string right, GapAllowance allowance)
    {
        var table = big5 ? Big5.Value : Gbk.Value;
        var n = bytes.Count;
        // Unknown bytes this thick are bytes a decoder could not read at all (GBK or Big5 read as UTF-8): the information is gone, and every
        // unknown byte costs a beam of hundreds of candidates, so no reading is offered.
        var unknown = 0;
        foreach (var b in bytes) unknown += b < 0 ? 1 : 0;
        if (unknown > MaxSparseUnknown && unknown * 3 > n) return null;
        var atPosition = new List<State>?[n + 1];
        atPosition[0] = [new State(left, 0, 0, 0, 0)];
        for (var pos = 0; pos < n; pos++)
        {
            var states = atPosition[pos];
            if (states is null) continue;
            if (states.Count > BeamWidth)
            {
                states.Sort((a, b) => b.Score.CompareTo(a.Score));
                states.RemoveRange(BeamWidth, states.Count - BeamWidth);
            }
            foreach (var state in states) Expand(state, pos, bytes, table, scorer, allowance, atPosition);
        }
        var final = atPosition[n];
        if (final is null || final.Count == 0) return null;
        var scored = new List<(string Text, double Score, int Guessed)>();
        foreach (var state in final)
        {
            var tail = Tail(state.Text);
            var total = state.Score + Total(scorer, tail + Head(right)) - Total(scorer, tail) - Total(scorer, Head(right));
            scored.Add((state.Text[left.Length..], total, state.Guessed));
        }
        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        var best = scored[0];
        var alternatives = new List<string>();
        var margin = double.PositiveInfinity;
        foreach (var other in scored)
        {
            if (other.Text == best.Text || alternatives.Contains(other.Text)) continue;
            if (alternatives.Count == 0) margin = best.Score - other.Score;
            alternatives.Add(other.Text);
            if (alternatives.Count == 3) break;
        }
        return new GapReading(best.Text, margin, best.Guessed, alternatives);
    }

    private sealed record State(string Text, double Score, int Inserted, int Skipped, int Guessed);

    private static void Expand(State state, int pos, List<int> bytes, PairTable table, ICandidateScorer scorer, GapAllowance allowance, List<State>?[] atPosition)
    {
        var b = bytes[pos];
        var next = pos + 1 < bytes.Count ? bytes[pos + 1] : -2; // -2: end of stream
        if (b >= 0 && b < 0x80)
        {
            Push(atPosition, pos + 1, Append(state, ((char)b).ToString(), scorer));
            return;
        }
        var naturalGood = false;
        var paired = false;
        if (next != -2 && (b < 0 || table.IsLead(b)))
        {
            // A pair: lead and trail, either of them possibly unknown.
            foreach (var (c, good) in table.Pairs(b, next, allowance.UnknownValues))
            {
                naturalGood |= good && b >= 0 && next >= 0;
                paired = true;
                Push(atPosition, pos + 2, Append(state, c.ToString(), scorer, b < 0 || next < 0, good));
            }
        }
        if (b < 0 && !paired)
        {
            // An unknown byte no pair can hold stays a ?, at the price the scorer puts on it.
            Push(atPosition, pos + 1, Append(state, "?", scorer, guessed: false, good: true));
        }
        // A dropped or inserted byte shows first where the natural pair is invalid or rare: only there are the byte's neighbours re-paired.
        if ((naturalGood && pos >= allowance.FreePrefix) || b < 0) return;
        if (state.Inserted < allowance.MaxInserted)
        {
            if (table.IsTrail(b))
            {
                foreach (var (c, good) in table.Pairs(-1, b, allowance.DroppedValues))
                {
                    Push(atPosition, pos + 1, Append(state, c.ToString(), scorer, true, good) with { Inserted = state.Inserted + 1 });
                }
            }
            if (table.IsLead(b))
            {
                foreach (var (c, good) in table.Pairs(b, -1, allowance.DroppedValues))
                {
                    Push(atPosition, pos + 1, Append(state, c.ToString(), scorer, true, good) with { Inserted = state.Inserted + 1 });
                }
            }
        }
        if (state.Skipped < allowance.MaxSkipped)
        {
            Push(atPosition, pos + 1, state with { Skipped = state.Skipped + 1 });
        }
    }

    private static void Push(List<State>?[] atPosition, int pos, State state) => (atPosition[pos] ??= []).Add(state);

    // A character that is not common costs on top of what the scorer says: an unknown byte filled with a rare character is a poor guess.
    private static State Append(State state, string piece, ICandidateScorer scorer, bool guessed = false, bool good = true)
    {
        var tail = Tail(state.Text);
        var gain = Total(scorer, tail + piece) - Total(scorer, tail) - (good ? 0 : 3);
        // The model prices words, not punctuation: a guessed ， （ or 。 would always lose to a Han character that forms a word without this.
        if (guessed && piece.Length == 1 && CharacterBands.Of(piece[0]) == CharacterBand.CommonPunctuation) gain += PunctuationPrior;
        return state with { Text = state.Text + piece, Score = state.Score + gain, Guessed = state.Guessed + (guessed ? 1 : 0) };
    }

    private static double Total(ICandidateScorer scorer, string text) => text.Length == 0 ? 0 : scorer.Score(text) * text.Length;

    private static string Tail(string text) => text.Length <= Window ? text : text[^Window..];

    private static string Head(string text) => text.Length <= Window ? text : text[..Window];

    /// <summary>Every character a GBK or Big5 pair gives, and the pairs by lead and by trail, built once per code page.</summary>
    private sealed class PairTable
    {
        private readonly char[] pairs = new char[65536];
        private readonly bool[] lead = new bool[256];
        private readonly bool[] trail = new bool[256];

        public PairTable(Encoding strict)
        {
            var buffer = new byte[2];
            Span<char> chars = stackalloc char[4];
            for (var l = 0x81; l <= 0xFE; l++)
            {
                for (var t = 0x40; t <= 0xFE; t++)
                {
                    if (t == 0x7F) continue;
                    buffer[0] = (byte)l;
                    buffer[1] = (byte)t;
                    try
                    {
                        if (strict.GetChars(buffer, chars) != 1) continue;
                    }
                    catch (DecoderFallbackException)
                    {
                        continue;
                    }
                    if (CharacterBands.Of(chars[0]) == CharacterBand.Impossible) continue;
                    pairs[(l << 8) | t] = chars[0];
                    lead[l] = true;
                    trail[t] = true;
                }
            }
        }

        public bool IsLead(int b) => b is >= 0 and < 256 && lead[b];

        public bool IsTrail(int b) => b is >= 0 and < 256 && trail[b];

        /// <summary>The characters of pairs (first, second), -1 for an unknown byte taken from <paramref name="values"/> (all bytes when null); common characters are marked good.</summary>
        public IEnumerable<(char Char, bool Good)> Pairs(int first, int second, byte[]? values)
        {
            if (first >= 0 && second >= 0)
            {
                var c = pairs[(first << 8) | second];
                if (c != '\0') yield return (c, IsGood(c));
                yield break;
            }
            var found = new List<(char, bool)>();
            var anyGood = false;
            for (var v = 0x40; v <= 0xFE; v++)
            {
                if (values is not null && Array.IndexOf(values, (byte)v) < 0) continue;
                var (l, t) = first < 0 ? (v, second) : (first, v);
                if (l < 0x81 || t < 0x40) continue;
                var c = pairs[(l << 8) | t];
                if (c == '\0') continue;
                var good = IsGood(c);
                anyGood |= good;
                if (good || CharacterBands.Of(c) == CharacterBand.LessCommonHan) found.Add((c, good));
            }
            // Only common characters are worth a guess when there are any.
            foreach (var item in found)
            {
                if (!anyGood || item.Item2) yield return item;
            }
        }

        private static bool IsGood(char c)
        {
            var band = CharacterBands.Of(c);
            return band is CharacterBand.CommonHan or CharacterBand.CommonPunctuation or CharacterBand.Ascii
                || (band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(c) && CharacterBands.Of(ScriptFolding.Standard.ToSimplified(c)) == CharacterBand.CommonHan);
        }
    }
}
