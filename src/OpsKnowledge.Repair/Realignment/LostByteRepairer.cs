using OpsKnowledge.Core.Model;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Mojibake;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Realignment;

/// <summary>
/// Restores GBK or Big5 text in any document (not only site pages) where the byte stream lost or gained one byte and a strict decoder paired
/// the following bytes wrongly until a ? or an ASCII byte put it back in step: the span is re-encoded and decoded again with one byte put back or taken out.
/// </summary>
public sealed class LostByteRepairer : IRepairer
{
    private const int Before = 3;
    private const int After = 6;
    private const int Context = 4;
    private const double DamagedBelow = -1.0;

    public string Kind => "realignment";

    // Clean text holds a rare name now and then: only two suspicious characters close together, or a lost-byte mark after a non-ASCII one, are worth a search.
    public bool MightApply(string text, RepairState state)
    {
        var last = -10;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 && c != '?') continue;
            if (c is '?' or '\uFFFD')
            {
                if (i > 0 && text[i - 1] >= 0x80) return true;
                continue;
            }
            if (!IsSuspicious(c)) continue;
            if (i - last <= 3) return true;
            last = i;
        }
        return false;
    }

    public void FindRepairs(RepairContext context)
    {
        var text = context.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSuspicious(text[i]) || (text[i] is '?' && (i == 0 || text[i - 1] < 0x80)))
            {
                i++;
                continue;
            }
            // The run of non-ASCII characters around the suspicious one; the lost byte sat a little before it, the stream is back in step at the next ?.
            var runStart = i;
            while (runStart > 0 && IsStreamChar(text[runStart - 1]) && i - runStart < Before) runStart--;
            var end = i + 1;
            var last = i;
            while (end < text.Length && IsStreamChar(text[end]) && end - last <= After)
            {
                if (IsSuspicious(text[end])) last = end;
                end++;
                if (text[end - 1] is '?' or '\uFFFD' && end - i > 1) break;
            }
            end = Math.Min(end, last + 2);
            while (end < text.Length && text[end] is '?' or '\uFFFD') end++;
            // A lost byte leaves at most a mark or two among characters; a span thick with marks is bytes a decoder could not read at all
            // (GBK read as UTF-8), whose information is gone: a beam over that many unknown bytes costs much and finds only guesses.
            if (end - runStart >= 2 && !ThickWithMarks(text, runStart, end) && !ReadsAsText(context, runStart, end) && context.TryStartSearch())
            {
                context.EndSearch(TrySpan(context, runStart, end));
            }
            i = end;
        }
    }

    private static bool TrySpan(RepairContext context, int start, int end)
    {
        var text = context.Text;
        var original = text[start..end];
        var left = text[Math.Max(0, start - Context)..start];
        var right = text[end..Math.Min(text.Length, end + Context)];
        var allowance = new GapAllowance(MaxInserted: 1, MaxSkipped: 1, FreePrefix: 6);
        GapReading? best = null;
        foreach (var big5 in new[] { false, true })
        {
            var bytes = ByteRun.FromCodePage(original, big5 ? CodePages.Big5Strict : CodePages.Gb18030Strict);
            // A character GB18030 writes in four bytes (Hangul, rare CJK) never came out of a double-byte decoder: not this damage.
            if (bytes is null || AsciiBytes(bytes) != AsciiChars(original)) continue;
            // 锟斤拷 and its kin are the UTF-8 bytes of U+FFFD read as GBK: characters already lost before this decoding, not a shifted pair.
            if (!big5 && HoldsReplacementCharacter(bytes)) return false;
            // Bytes that are mostly whole UTF-8 sequences are UTF-8 read as GBK (the mojibake repairer's damage), not GBK out of step.
            if (!big5 && ByteRun.IsMostlyUtf8(bytes)) return false;
            var reading = DoubleByteGapDecoder.Decode(bytes, big5, context.Scorer, left, right, allowance);
            if (reading is null || reading.Text == original || HasMark(reading.Text) || context.Scorer.HasImpossible(reading.Text)) continue;
            if (best is null || context.Scorer.Score(left + reading.Text + right) > context.Scorer.Score(left + best.Text + right)) best = reading;
        }
        var originalScore = context.Scorer.Score(left + original + right);
        if (best is null) return false;
        var score = context.Scorer.Score(left + best.Text + right);
        if (!context.ClearlyBetter(score, originalScore) || !context.ReadsWell(best.Text))
        {
            if (originalScore < -1.5) context.Unrecovered.Add(new UnrecoveredSpan(start, end, original, "looks like a lost or added byte; no reading clearly wins"));
            return false;
        }
        context.Repairs.Add(new SpanRepair(start, end, best.Text, RepairConfidence.FromEvidence(MojibakeRepairer.Confidence(score - originalScore), Math.Max(1, best.Guessed), best.Margin), Alternatives: best.Alternatives));
        return true;
    }

    // Pairs thrown out of step by a lost byte read as rare characters with no words among them; a span that scores like text (a rare name,
    // genuine traditional text) is left alone. Measured on the generated 1000-plan corpus: of 3,334 spans scoring above this, none was repaired.
    private static bool ReadsAsText(RepairContext context, int start, int end) => context.Scorer.Score(context.Text.AsSpan(start, end - start).ToString()) > DamagedBelow;

    private static bool HoldsReplacementCharacter(List<int> bytes)
    {
        for (var k = 0; k + 2 < bytes.Count; k++)
        {
            if (bytes[k] == 0xEF && bytes[k + 1] == 0xBF && bytes[k + 2] == 0xBD) return true;
        }
        return false;
    }

    private static int AsciiBytes(List<int> bytes)
    {
        var n = 0;
        foreach (var b in bytes) n += b is >= 0 and < 0x80 ? 1 : 0;
        return n;
    }

    private static int AsciiChars(string text)
    {
        var n = 0;
        foreach (var c in text) n += c < 0x80 && c != '?' ? 1 : 0;
        return n;
    }

    /// <summary>True when more than two lost-byte marks sit in the span and the characters either side of it.</summary>
    private static bool ThickWithMarks(string text, int start, int end)
    {
        var marks = 0;
        for (var k = Math.Max(0, start - Context); k < Math.Min(text.Length, end + Context); k++)
        {
            if (text[k] is '\uFFFD' || (text[k] is '?' && k > 0 && text[k - 1] >= 0x80)) marks++;
        }
        return marks > 2;
    }

    // A reading that still holds a mark (or the GB geta 〓 that stands for a missing character) has not put the lost byte back.
    private static bool HasMark(string reading) => reading.AsSpan().IndexOfAny('?', '\uFFFD', '\u3013') >= 0;

    private static bool IsStreamChar(char c) => c >= 0x80 && !char.IsWhiteSpace(c) || c is '?' or '\uFFFD';

    private static bool IsSuspicious(char c)
    {
        if (c is '\uFFFD') return true;
        var band = CharacterBands.Of(c);
        return band is CharacterBand.LessCommonHan or CharacterBand.RareSymbol or CharacterBand.RareHan or CharacterBand.Impossible
            || (band == CharacterBand.GbkExtension && !ScriptFolding.Standard.IsTraditional(c));
    }
}
