using OpsKnowledge.Core.Model;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Scoring;

namespace OpsKnowledge.Repair.Realignment;

/// <summary>Restores double-byte runs that paired the wrong bytes after a GBK stream lost one byte (shown as ?), until an ASCII byte realigned them.</summary>
public sealed class MisalignedRunRepairer : IRepairer
{
    private const int MaxInterior = 2000;
    private const int Context = 3;

    public string Kind => "realignment";

    public bool MightApply(string text, RepairState state)
    {
        for (var i = text.IndexOfAny(['?', '\uFFFD']); i >= 0 && i + 1 < text.Length; i = text.IndexOfAny(['?', '\uFFFD'], i + 1))
        {
            if (text[i + 1] >= 0x80 || FullWidthPunctuation.IsConvertible(text[i + 1])) return true;
            if (text[i + 1] is >= '@' and <= '~' && i + 2 < text.Length && text[i + 2] == '(') return true;
        }
        return false;
    }

    public void FindRepairs(RepairContext context)
    {
        var text = context.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('?' or '\uFFFD') || (i > 0 && text[i - 1] is '?' or '\uFFFD'))
            {
                i++;
                continue;
            }
            var end = TryRun(context, i);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>Tries the run starting at the lost-byte marker <paramref name="marker"/>; returns where scanning continues.</summary>
    private int TryRun(RepairContext context, int marker)
    {
        var text = context.Text;
        var j = marker + 1;
        var nonAscii = 0;
        while (j < text.Length && j - marker <= MaxInterior)
        {
            var c = text[j];
            // Private-use characters belong in a misaligned run: GBK's user-defined rows decode to them.
            if (c >= 0x80 && CharacterBands.Of(c) is not (CharacterBand.Whitespace or CharacterBand.LatinSupplement)) nonAscii++;
            else if (!(FullWidthPunctuation.IsConvertible(c) || c == '\uFFFD')) break;
            j++;
        }
        var trailOnly = nonAscii == 0 && j == marker + 1 && j < text.Length && text[j] >= 0x40 && text[j] <= 0x7E && FollowingAnnotation(text, j + 1, out _) is not null;
        if (nonAscii == 0 && !trailOnly) return j;
        var left = text[Math.Max(0, marker - Context)..marker];
        var original = context.Scorer.Score(left + text[marker..Math.Min(text.Length, j + Context)]);

        string? best = null;
        var bestEnd = 0;
        var bestScore = double.NegativeInfinity;
        // (a) the ASCII letter that realigned the stream was the trail byte of the run's last character.
        if (j < text.Length && text[j] >= 0x40 && text[j] <= 0x7E)
        {
            Consider(context, marker, j, (byte)text[j], j + 1, left, ref best, ref bestEnd, ref bestScore);
        }
        // (b) the run ends in ? where the last lead byte swallowed the ASCII byte after it.
        if (text[j - 1] is '?' or '\uFFFD' && j - 1 > marker)
        {
            Consider(context, marker, j - 1, null, j, left, ref best, ref bestEnd, ref bestScore);
        }
        if (best is not null)
        {
            var originalHere = context.Scorer.Score(left + text[marker..Math.Min(text.Length, bestEnd + Context)]);
            var candidateScore = bestScore;
            if (context.ClearlyBetter(candidateScore, originalHere) && context.ReadsWell(best))
            {
                context.Repairs.Add(new SpanRepair(marker, bestEnd, best, Mojibake.MojibakeRepairer.Confidence(candidateScore - originalHere)));
                context.State.RunsRealigned++;
                return bestEnd;
            }
        }
        if (original < -1.2 && CountRare(text, marker + 1, j) >= 2)
        {
            context.Unrecovered.Add(new UnrecoveredSpan(marker, j, text[marker..j], "misaligned double-byte run; no lost byte made it read well"));
            return j;
        }
        // A failed run may contain the real lost-byte marker further on (after a heading's lost separator, say): keep looking from the next character.
        return marker + 1;
    }

    private static int CountRare(string text, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            var band = CharacterBands.Of(text[k]);
            if (band >= CharacterBand.LessCommonHan && !ScriptConverter.IsTraditional(text[k])) count++;
        }
        return count;
    }

    private static void Consider(RepairContext context, int marker, int interiorEnd, byte? trail, int end, string left,
        ref string? best, ref int bestEnd, ref double bestScore)
    {
        var text = context.Text;
        var bytes = new List<byte>((interiorEnd - marker) * 2);
        Span<byte> buffer = stackalloc byte[4];
        Span<char> one = stackalloc char[1];
        for (var k = marker + 1; k < interiorEnd; k++)
        {
            one[0] = text[k] is '\uFFFD' ? '？' : FullWidthPunctuation.ToFullWidth(text[k]);
            int n;
            try
            {
                n = CodePages.Gb18030Strict.GetBytes(one, buffer);
            }
            catch (System.Text.EncoderFallbackException)
            {
                return;
            }
            if (n != 2) return;
            bytes.Add(buffer[0]);
            bytes.Add(buffer[1]);
        }
        if (bytes.Count == 0)
        {
            ConsiderLeadOnly(context, marker, trail, end, left, ref best, ref bestEnd, ref bestScore);
            return;
        }
        // Pairs after putting the lost byte X back in front: (X, b0), (b1, b2), ..., (bLast, trail).
        var middleBytes = bytes.GetRange(1, bytes.Count - 2).ToArray();
        string middle;
        try
        {
            middle = CodePages.Gb18030Strict.GetString(middleBytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return;
        }
        if (middle.Length * 2 != middleBytes.Length || context.Scorer.HasImpossible(middle)) return;

        var firstCandidates = PairCandidates(null, bytes[0]);
        if (firstCandidates.Count == 0) return;
        List<string> lastCandidates;
        var suffix = "";
        var agreement = 0.0;
        if (trail is { } t)
        {
            lastCandidates = PairCandidates(bytes[^1], t);
            if (lastCandidates.Count == 0) return;
            var reading = FollowingAnnotation(text, end, out var hasNoParenthesis);
            if (reading is not null && !hasNoParenthesis && PinyinReadings.IsReadingOf(lastCandidates[0][0], reading)) agreement = AnnotationAgreementBonus;
        }
        else
        {
            lastCandidates = PairCandidates(bytes[^1], null);
            var reading = FollowingAnnotation(text, end, out var needsParenthesis);
            if (reading is not null)
            {
                var agreeing = lastCandidates.FindAll(c => PinyinReadings.IsReadingOf(c[0], reading));
                if (agreeing.Count > 0)
                {
                    lastCandidates = agreeing;
                    agreement = AnnotationAgreementBonus;
                }
                if (needsParenthesis) suffix = "(";
            }
            if (lastCandidates.Count == 0) return;
        }
        // The first and last characters each hide one unknown byte; when the run is short they are each other's context, so choose twice.
        var right = text[end..Math.Min(text.Length, end + Context)];
        var last = lastCandidates.Count == 1 ? lastCandidates[0] : "";
        var first = "";
        for (var pass = 0; pass < 2; pass++)
        {
            first = Mojibake.Utf8GapDecoder.Choose(firstCandidates, left, Head(middle + last + right, Context), context.Scorer);
            if (lastCandidates.Count > 1)
            {
                last = Mojibake.Utf8GapDecoder.Choose(lastCandidates, Tail(left + first + middle, Context), suffix.Length > 0 ? "" : right, context.Scorer);
            }
            if (middle.Length >= Context) break;
        }
        var candidate = first + middle + last + suffix;
        var score = context.Scorer.Score(left + candidate + right) + agreement;
        if (score > bestScore)
        {
            (best, bestEnd, bestScore) = (candidate, end, score);
        }
    }

    // "?^(jiào)": the lost lead byte and an ASCII trail byte made one character, and its annotation says which.
    private static void ConsiderLeadOnly(RepairContext context, int marker, byte? trail, int end, string left,
        ref string? best, ref int bestEnd, ref double bestScore)
    {
        if (trail is not { } t) return;
        var reading = FollowingAnnotation(context.Text, end, out _);
        if (reading is null) return;
        var candidates = PairCandidates(null, t).FindAll(c => PinyinReadings.IsReadingOf(c[0], reading));
        if (candidates.Count == 0) return;
        var right = context.Text[end..Math.Min(context.Text.Length, end + Context)];
        var chosen = Mojibake.Utf8GapDecoder.Choose(candidates, left, "", context.Scorer);
        var score = context.Scorer.Score(left + chosen + right) + AnnotationAgreementBonus;
        if (score > bestScore) (best, bestEnd, bestScore) = (chosen, end, score);
    }

    // A candidate whose last character agrees with the site's own pinyin annotation needs less help from the language score.
    private const double AnnotationAgreementBonus = 0.6;

    private static string Head(string s, int n) => s.Length <= n ? s : s[..n];

    private static string Tail(string s, int n) => s.Length <= n ? s : s[^n..];

    /// <summary>A pinyin syllable right after the run, as in <c>shì)</c> whose opening parenthesis the misaligned pair swallowed.</summary>
    private static string? FollowingAnnotation(string text, int end, out bool needsParenthesis)
    {
        needsParenthesis = true;
        var start = end;
        if (start < text.Length && text[start] == '(')
        {
            needsParenthesis = false;
            start++;
        }
        var close = text.IndexOf(')', start, Math.Min(8, text.Length - start));
        if (close <= start) return null;
        var syllable = text[start..close];
        return PinyinReadings.LooksLikeSyllable(syllable) ? syllable : null;
    }

    /// <summary>The plausible characters a double-byte pair can decode to when one of its bytes is unknown (null).</summary>
    private static List<string> PairCandidates(byte? lead, byte? trail)
    {
        var result = new List<string>();
        var leads = lead is { } l ? [l] : Enumerable.Range(0x81, 0x7E).Select(b => (byte)b).ToArray();
        var trails = trail is { } t ? [t] : Enumerable.Range(0x40, 0xBF).Where(b => b != 0x7F).Select(b => (byte)b).ToArray();
        var pair = new byte[2];
        foreach (var a in leads)
        {
            foreach (var b in trails)
            {
                pair[0] = a;
                pair[1] = b;
                string s;
                try
                {
                    s = CodePages.Gb18030Strict.GetString(pair);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    continue;
                }
                if (s.Length != 1) continue;
                var band = CharacterBands.Of(s[0]);
                var plausible = band is CharacterBand.CommonHan or CharacterBand.CommonPunctuation
                    || (band == CharacterBand.GbkExtension && ScriptConverter.IsTraditional(s[0]))
                    || (lead is not null && trail is not null && band != CharacterBand.Impossible);
                if (plausible) result.Add(s);
            }
        }
        return result;
    }
}
