using OpsKnowledge.Core.Model;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Scoring;

namespace OpsKnowledge.Repair.Mojibake;

/// <summary>Undoes text that was decoded with the wrong code page before it was saved, one run at a time (UTF-8 as GBK/Latin-1/Windows-1252, double UTF-8, GBK as Latin-1, Big5 and GBK swapped).</summary>
public sealed class MojibakeRepairer : IRepairer
{
    private const int Context = 4;
    private static readonly byte[] UndefinedWindows1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    public string Kind => "mojibake";

    public bool MightApply(string text, RepairState state)
    {
        foreach (var c in text)
        {
            if (CharacterBands.Of(c) >= CharacterBand.LessCommonHan) return true;
        }
        return false;
    }

    public void FindRepairs(RepairContext context)
    {
        var text = context.Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWesternRunChar(c) && CharacterBands.Of(c) == CharacterBand.LatinSupplement)
            {
                var end = i;
                while (end < text.Length && (IsWesternRunChar(text[end]) || (text[end] is '?' or '\uFFFD'))) end++;
                TryWestern(context, i, end);
                i = end;
                continue;
            }
            if (c >= 0x2000 && !char.IsWhiteSpace(c))
            {
                var end = i;
                while (end < text.Length && (text[end] >= 0x2000 || text[end] is '?' or '\uFFFD') && !char.IsWhiteSpace(text[end])) end++;
                TryDoubleByte(context, i, end);
                i = end;
                continue;
            }
            i++;
        }
    }

    private static bool IsWesternRunChar(char c) =>
        (c >= 0x80 && c <= 0xFF) || CharacterBands.Windows1252Specials.Contains(c);

    private void TryWestern(RepairContext context, int start, int end)
    {
        var text = context.Text;
        var run = text.AsSpan(start, end - start);
        var latin = 0;
        foreach (var c in run) if (CharacterBands.Of(c) == CharacterBand.LatinSupplement) latin++;
        if (latin < 2 || end - start > context.Options.MaxRunLength) return;
        var bytes = ByteRun.FromWestern(run);
        if (bytes is null) return;
        var left = Left(text, start);
        var right = Right(text, end);
        var candidates = new List<string>();
        // Windows-1252 leaves five bytes undefined; a decoder that dropped them lost only those.
        var usedWindows1252 = false;
        foreach (var c in run) usedWindows1252 |= c > 0xFF && c != '\uFFFD';
        var utf8 = Utf8GapDecoder.Decode(bytes, context.Scorer, left, right, usedWindows1252 ? UndefinedWindows1252 : null);
        if (utf8 is { } first)
        {
            candidates.Add(first.Text);
            // UTF-8 encoded twice: the first undoing leaves another Western run.
            var again = ByteRun.FromWestern(first.Text);
            if (again is not null && Utf8GapDecoder.Decode(again, context.Scorer, left, right) is { } second) candidates.Add(second.Text);
        }
        if (ByteRun.DecodeStrict(bytes, CodePages.Gb18030Strict) is { } gbk) candidates.Add(gbk);
        if (ByteRun.DecodeStrict(bytes, CodePages.Big5Strict) is { } big5) candidates.Add(big5);
        Choose(context, start, end, candidates, report: true);
    }

    private void TryDoubleByte(RepairContext context, int start, int end)
    {
        var text = context.Text;
        if (end - start < 2 || end - start > context.Options.MaxRunLength) return;
        int suspicious = 0, first = -1, last = -1;
        for (var k = start; k < end; k++)
        {
            var band = CharacterBands.Of(text[k]);
            // A ? inside a run of rare characters is a byte the wrong decoder could not pair: part of the damage.
            if ((band >= CharacterBand.LessCommonHan && !(band == CharacterBand.GbkExtension && ScriptConverter.IsTraditional(text[k]))) || (text[k] == '?' && k > start))
            {
                suspicious += text[k] == '?' ? 1 : 0;
                suspicious++;
                if (first < 0) first = k;
                last = k;
            }
        }
        // Mojibake of a whole run is dense in rare characters; one rare name in clean text is not.
        if (suspicious < 2 || suspicious * 4 < end - start)
        {
            if (!HasTraditionalGarbage(text, start, end)) return;
            // Genuine traditional text reads as words; only garbage is worth re-decoding.
            if (context.Scorer.Score(text[start..end]) >= 0.3) return;
            first = start;
            last = end - 1;
        }
        if (Choose(context, start, end, DoubleByteCandidates(context, start, end), report: false)) return;
        // The damaged part may sit inside a run of clean characters: retry on the span from the first to the last rare character.
        if ((first > start || last + 1 < end) && last - first >= 1)
        {
            var (s, e) = WidestUtf8Span(text, start, end, first, last + 1);
            Choose(context, s, e, DoubleByteCandidates(context, s, e), report: true);
        }
        else
        {
            Choose(context, start, end, [], report: true);
        }
    }

    // UTF-8 read as GBK hides rare-looking neighbours (traditional-looking forms, common characters) at the edges of the rare core: grow the span while its bytes stay UTF-8.
    private static (int Start, int End) WidestUtf8Span(string text, int runStart, int runEnd, int first, int end)
    {
        var best = (first, end);
        var bestLength = -1;
        for (var s = Math.Max(runStart, first - 4); s <= first; s++)
        {
            for (var e = Math.Min(runEnd, end + 4); e >= end; e--)
            {
                if (e - s <= bestLength) break;
                var bytes = ByteRun.FromCodePage(text.AsSpan(s, e - s), CodePages.Gb18030Strict);
                if (bytes is null || Utf8GapDecoder.Decode(bytes, null, "", "") is null) continue;
                best = (s, e);
                bestLength = e - s;
            }
        }
        return best;
    }

    private static List<string> DoubleByteCandidates(RepairContext context, int start, int end)
    {
        var text = context.Text;
        var run = text.AsSpan(start, end - start);
        var left = Left(text, start);
        var right = Right(text, end);
        var candidates = new List<string>();
        var asGbk = ByteRun.FromCodePage(run, CodePages.Gb18030Strict);
        if (asGbk is not null)
        {
            if (Utf8GapDecoder.Decode(asGbk, context.Scorer, left, right) is { } utf8) candidates.Add(utf8.Text);
            if (ByteRun.DecodeStrict(asGbk, CodePages.Big5Strict) is { } big5) candidates.Add(big5);
        }
        var asBig5 = ByteRun.FromCodePage(run, CodePages.Big5Strict);
        if (asBig5 is not null)
        {
            if (ByteRun.DecodeStrict(asBig5, CodePages.Gb18030Strict) is { } gbk) candidates.Add(gbk);
            if (Utf8GapDecoder.Decode(asBig5, context.Scorer, left, right) is { } utf8) candidates.Add(utf8.Text);
        }
        return candidates;
    }

    // GBK read as Big5 gives traditional-looking characters; worth a try only when they do not read as words.
    private static bool HasTraditionalGarbage(string text, int start, int end)
    {
        if (end - start < 4) return false;
        var traditional = 0;
        for (var k = start; k < end; k++) if (CharacterBands.Of(text[k]) == CharacterBand.GbkExtension) traditional++;
        return traditional * 2 >= end - start;
    }

    private static bool Choose(RepairContext context, int start, int end, List<string> candidates, bool report)
    {
        var left = Left(context.Text, start);
        var right = Right(context.Text, end);
        var original = context.Text[start..end];
        var originalScore = context.Scorer.Score(left + original + right);
        string? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            if (candidate == original || context.Scorer.HasImpossible(candidate)) continue;
            var score = context.Scorer.Score(left + candidate + right);
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        if (best is not null && context.ClearlyBetter(bestScore, originalScore) && context.ReadsWell(best))
        {
            context.Repairs.Add(new SpanRepair(start, end, best, Confidence(bestScore - originalScore)));
            return true;
        }
        if (report && originalScore < -1.5)
        {
            context.Unrecovered.Add(new UnrecoveredSpan(start, end, original, "looks like mojibake; no decoding clearly reads better"));
        }
        return false;
    }

    internal static double Confidence(double gain) => Math.Clamp(0.5 + gain / 6.0, 0.5, 0.99);

    private static string Left(string text, int start) => text[Math.Max(0, start - Context)..start];

    private static string Right(string text, int end) => text[end..Math.Min(text.Length, end + Context)];
}
