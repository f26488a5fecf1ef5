using OpsKnowledge.Core.Model;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Mojibake;

/// <summary>Undoes text that was decoded with the wrong code page before it was saved, one run at a time (UTF-8 as GBK/Latin-1/Windows-1252, double UTF-8, GBK as Latin-1, Big5 and GBK swapped).</summary>
public sealed class MojibakeRepairer : IRepairer
{
    private const int Context = 4;

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
        var runs = new List<Run>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            runs.Clear();
            CollectRuns(text, lineStart, lineEnd, runs);
            if (runs.Count > 0 && !TryWholeLine(context, lineStart, lineEnd, runs))
            {
                foreach (var run in runs)
                {
                    if (run.Western) TryWestern(context, run.Start, run.End);
                    else TryDoubleByte(context, run.Start, run.End, run.Score);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    // Score: the run's own score when already computed (NaN otherwise).
    private readonly record struct Run(int Start, int End, bool Western, double Score = double.NaN);

    // Genuine traditional text scores above this on its own; GBK read as Big5 below.
    private const double GenuineTraditionalScore = 0.3;

    private static void CollectRuns(string text, int from, int to, List<Run> runs)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            // · (0xB7) counts as Chinese punctuation, but as the first byte of a Latin-1 run it is the lead byte of a GBK character (B7xx: 分, 费, 服...).
            // A high byte shown as a mark Chinese text uses too (· ∩ ‰ ±) starts the run when a foreign one follows: B7xx is 分, EFBC9B is ；.
            if (IsWesternRunChar(c) && (IsForeignHighByteChar(c) || (i + 1 < to && IsForeignHighByteChar(text[i + 1]))))
            {
                var end = i;
                while (end < to && (IsWesternRunChar(text[end]) || (text[end] is '?' or '\uFFFD'))) end++;
                runs.Add(new Run(i, end, Western: true));
                i = end;
                continue;
            }
            if (c >= 0x2000 && !char.IsWhiteSpace(c))
            {
                var end = i;
                while (end < to && (text[end] >= 0x2000 || text[end] is '?' or '\uFFFD') && !char.IsWhiteSpace(text[end])) end++;
                runs.Add(new Run(i, end, Western: false));
                i = end;
                continue;
            }
            i++;
        }
    }

    // Mojibake of a whole line is one byte stream: digits, ASCII letters (GBK trail bytes), Greek/Cyrillic/Latin symbols of the GBK symbol rows and lost-byte ? all sit inside it.
    // Re-decoding the line at once keeps them in place; pieces decoded one by one lose the pieces too short to score.
    private bool TryWholeLine(RepairContext context, int lineStart, int lineEnd, List<Run> runs)
    {
        var text = context.Text;
        var western = true;
        foreach (var run in runs) western &= run.Western;
        // The line's byte stream runs from its first to its last non-ASCII character, plus the lost-byte ? after it.
        var start = lineStart;
        while (start < lineEnd && IsOutsideByteStream(text[start])) start++;
        var end = lineEnd;
        while (end > start && IsOutsideByteStream(text[end - 1])) end--;
        while (end < lineEnd && text[end] == '?') end++;
        // A lost lead byte at the end of the line leaves its trail as ASCII (Big5 。 A1 43 read as GBK is ?C).
        if (end < lineEnd && end > start && text[end - 1] is '?' or '\uFFFD' && text[end] is >= '@' and <= '~') end++;
        if (end - start > context.Options.MaxRunLength) return false;
        int nonAscii = 0, suspicious = 0, latin = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (IsOutsideByteStream(c))
            {
                if (c == '?' && text[k - 1] >= 0x80) suspicious++;
                continue;
            }
            nonAscii++;
            var band = CharacterBands.Of(c);
            // A Western line holds only Western characters; a double-byte line may hold anything its code page encodes (Greek, Cyrillic, ¤, ü of GBK's symbol rows).
            if (western && !IsWesternRunChar(c) && c != '\uFFFD') return false;
            if (IsForeignHighByteChar(c)) latin++;
            if (band >= CharacterBand.LessCommonHan && !(band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(c))) suspicious++;
        }
        var damaged = western ? latin >= 2 : suspicious >= 2 && suspicious * 4 >= nonAscii;
        // Scoring is dearer than counting: only when the line is not dense in rare characters, look for traditional-looking garbage, and keep the score for the run repairer.
        for (var n = 0; n < runs.Count && !damaged; n++)
        {
            var run = runs[n];
            if (run.Western || !HasTraditionalGarbage(text, run.Start, run.End)) continue;
            var score = context.Scorer.Score(text[run.Start..run.End]);
            runs[n] = run with { Score = score };
            damaged = score < GenuineTraditionalScore;
        }
        if (!damaged || !context.TryStartSearch()) return false;
        var candidates = western ? WesternCandidates(context, start, end, literalQuestionMarks: true) : DoubleByteCandidates(context, start, end, literalQuestionMarks: true);
        var repaired = ChooseLine(context, start, end, candidates, nonAscii);
        // The last trail byte of a Big5 or GBK pair may be an ASCII letter or mark (A4 40 一, A1 5E ）): the stream may end one character later.
        if (!repaired && end < lineEnd && text[end] is >= '@' and <= '~')
        {
            candidates = western ? WesternCandidates(context, start, end + 1, literalQuestionMarks: true) : DoubleByteCandidates(context, start, end + 1, literalQuestionMarks: true);
            repaired = ChooseLine(context, start, end + 1, candidates, nonAscii);
        }
        context.EndSearch(repaired);
        return repaired;
    }

    // ASCII and wide spaces pass through every wrong decoding unchanged; NBSP and U+0085 are Western decodings of bytes A0 and 85 and belong to the stream.
    private static bool IsOutsideByteStream(char c) => c < 0x80 || (c > 0xFF && char.IsWhiteSpace(c));

    // A line of table cells is mostly ASCII bars, spaces and digits that no decoding changes: the gain is measured per non-ASCII character, not diluted by them.
    private static bool ChooseLine(RepairContext context, int start, int end, List<GapReading> candidates, int nonAscii)
    {
        var left = context.Text[Math.Max(0, start - Context)..start];
        var right = context.Text[end..Math.Min(context.Text.Length, end + Context)];
        var original = left + context.Text[start..end] + right;
        var originalTotal = context.Scorer.Score(original) * original.Length;
        GapReading? best = null;
        double bestScore = double.NegativeInfinity, bestTotal = 0;
        foreach (var candidate in candidates)
        {
            if (context.Scorer.HasImpossible(candidate.Text)) continue;
            var whole = left + candidate.Text + right;
            var score = context.Scorer.Score(whole);
            if (score > bestScore) (best, bestScore, bestTotal) = (candidate, score, score * whole.Length);
        }
        if (best is null || best.Text == context.Text[start..end]) return false;
        var gain = (bestTotal - originalTotal) / Math.Max(1, nonAscii);
        if (gain < context.Options.MinimumGain || !context.ReadsWell(best.Text)) return false;
        context.Repairs.Add(Repair(start, end, best, gain));
        return true;
    }

    // A high byte read through a single-byte code page: Latin-1, Windows-1250/1251/1252/1254, DOS 437 or Mac Roman.
    private static bool IsWesternRunChar(char c) => SingleByteCodePage.IsHighByteCharacter(c);

    // Letters and symbols of those pages that Chinese plan text does not use (not ≤ ≥ ± ° · — “ ”): the signature of the damage.
    private static bool IsForeignHighByteChar(char c) =>
        SingleByteCodePage.IsHighByteCharacter(c) && CharacterBands.Of(c) is CharacterBand.LatinSupplement or CharacterBand.RareSymbol or CharacterBand.Other;

    private void TryWestern(RepairContext context, int start, int end)
    {
        var text = context.Text;
        var run = text.AsSpan(start, end - start);
        var latin = 0;
        foreach (var c in run) if (IsForeignHighByteChar(c)) latin++;
        if (latin < 2 || end - start > context.Options.MaxRunLength) return;
        if (!context.TryStartSearch()) return;
        var candidates = WesternCandidates(context, start, end, literalQuestionMarks: false);
        context.EndSearch(Choose(context, start, end, candidates, report: true));
    }

    private void TryDoubleByte(RepairContext context, int start, int end, double knownScore)
    {
        var text = context.Text;
        if (end - start < 2 || end - start > context.Options.MaxRunLength) return;
        int suspicious = 0, rare = 0, first = -1, last = -1;
        for (var k = start; k < end; k++)
        {
            var band = CharacterBands.Of(text[k]);
            if (text[k] is not ('?' or '\uFFFD') && band >= CharacterBand.LessCommonHan && !(band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(text[k]))) rare++;
            // A ? inside a run of rare characters is a byte the wrong decoder could not pair: part of the damage.
            if ((band >= CharacterBand.LessCommonHan && !(band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(text[k]))) || (text[k] == '?' && k > start))
            {
                suspicious += text[k] == '?' ? 1 : 0;
                suspicious++;
                if (first < 0) first = k;
                last = k;
            }
        }
        // Mojibake of a whole run is dense in rare characters; one rare name in clean text is not. Lost-byte marks among plain characters
        // (a UTF-8 stream that lost bytes) are no wrong decoding: re-encoding the run through another code page cannot restore them.
        if (rare == 0) return;
        if (suspicious < 2 || suspicious * 4 < end - start)
        {
            if (!HasTraditionalGarbage(text, start, end)) return;
            // Genuine traditional text reads as words; only garbage is worth re-decoding.
            if ((double.IsNaN(knownScore) ? context.Scorer.Score(text[start..end]) : knownScore) >= GenuineTraditionalScore) return;
            first = start;
            last = end - 1;
        }
        if (!context.TryStartSearch()) return;
        if (Choose(context, start, end, DoubleByteCandidates(context, start, end), report: false))
        {
            context.EndSearch(repaired: true);
            return;
        }
        // The damaged part may sit inside a run of clean characters: retry on the span from the first to the last rare character.
        var repaired = false;
        if ((first > start || last + 1 < end) && last - first >= 1)
        {
            var (s, e) = WidestUtf8Span(text, start, end, first, last + 1);
            repaired = Choose(context, s, e, DoubleByteCandidates(context, s, e), report: true);
        }
        else
        {
            Choose(context, start, end, [], report: true);
        }
        context.EndSearch(repaired);
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

    private static List<GapReading> WesternCandidates(RepairContext context, int start, int end, bool literalQuestionMarks)
    {
        var text = context.Text;
        var run = text.AsSpan(start, end - start);
        var candidates = new List<GapReading>();
        var left = Left(text, start);
        var right = Right(text, end);
        // Each page that shows every character of the run gives one byte stream; pages that give the same bytes pool the bytes they could have lost.
        var streams = new Dictionary<string, (List<int> Bytes, SortedSet<byte> Lost)>();
        foreach (var page in SingleByteCodePage.All)
        {
            var bytes = ByteRun.FromSingleByte(run, page, literalQuestionMarks);
            if (bytes is null) continue;
            var key = string.Join(',', bytes);
            if (!streams.TryGetValue(key, out var stream)) streams[key] = stream = (bytes, []);
            stream.Lost.UnionWith(page.LostBytes);
        }
        foreach (var (bytes, lost) in streams.Values)
        {
            if (Utf8GapDecoder.DecodeReading(bytes, context.Scorer, left, right, lost.Count > 0 ? [.. lost] : null) is { } first)
            {
                candidates.Add(first);
                // UTF-8 encoded twice: the first undoing leaves another Western run.
                var again = ByteRun.FromWestern(first.Text);
                if (again is not null && Utf8GapDecoder.DecodeReading(again, context.Scorer, left, right) is { } second) candidates.Add(second);
            }
            // A double-byte stream whose lost bytes the page could not show: unknown where it wrote ? or U+FFFD, dropped where it wrote nothing.
            if (ByteRun.IsMostlyUtf8(bytes)) continue;
            var allowance = new GapAllowance(lost.Count > 0 ? [.. lost] : null, lost.Count > 0 ? 2 : 0, lost.Count > 0 ? [.. lost] : null);
            candidates.AddRange(DoubleByte(context, bytes, big5: false, left, right, allowance));
            candidates.AddRange(DoubleByte(context, bytes, big5: true, left, right, allowance));
        }
        return candidates;
    }

    private static List<GapReading> DoubleByteCandidates(RepairContext context, int start, int end, bool literalQuestionMarks = false)
    {
        var text = context.Text;
        var run = text.AsSpan(start, end - start);
        var left = Left(text, start);
        var right = Right(text, end);
        var candidates = new List<GapReading>();
        var asGbk = ByteRun.FromCodePage(run, CodePages.Gb18030Strict, literalQuestionMarks);
        if (asGbk is not null)
        {
            if (Utf8GapDecoder.DecodeReading(asGbk, context.Scorer, left, right) is { } utf8) candidates.Add(utf8);
            // Big5 shown by a GBK decoder almost never forms whole UTF-8 sequences; UTF-8 shown by it always does (the beam over its unknown bytes is dear).
            if (!ByteRun.IsMostlyUtf8(asGbk)) candidates.AddRange(DoubleByte(context, asGbk, big5: true, left, right, GapAllowance.Replaced));
        }
        var asBig5 = ByteRun.FromCodePage(run, CodePages.Big5Strict, literalQuestionMarks);
        if (asBig5 is not null)
        {
            candidates.AddRange(DoubleByte(context, asBig5, big5: false, left, right, GapAllowance.Replaced));
            if (Utf8GapDecoder.DecodeReading(asBig5, context.Scorer, left, right) is { } utf8) candidates.Add(utf8);
        }
        return candidates;
    }

    // Strictly when no byte is unknown; otherwise every reading the byte structure allows, by the language model.
    private static List<GapReading> DoubleByte(RepairContext context, List<int> bytes, bool big5, string left, string right, GapAllowance allowance)
    {
        if (ByteRun.DecodeStrict(bytes, big5 ? CodePages.Big5Strict : CodePages.Gb18030Strict) is { } strict) return [new GapReading(strict, double.PositiveInfinity, 0, [])];
        // With no unknown byte and nothing dropped or added, the beam could only repeat the strict decoding that just failed.
        if (allowance.MaxInserted == 0 && allowance.MaxSkipped == 0 && !bytes.Contains(-1)) return [];
        var reading = DoubleByteGapDecoder.Decode(bytes, big5, context.Scorer, left, right, allowance);
        return reading is null ? [] : [reading];
    }

    // GBK read as Big5 gives traditional-looking characters; worth a try only when they do not read as words.
    private static bool HasTraditionalGarbage(string text, int start, int end)
    {
        if (end - start < 4) return false;
        var traditional = 0;
        for (var k = start; k < end; k++) if (CharacterBands.Of(text[k]) == CharacterBand.GbkExtension) traditional++;
        return traditional * 2 >= end - start;
    }

    private static bool Choose(RepairContext context, int start, int end, List<GapReading> candidates, bool report)
    {
        // The gain is an average over run and context: four clean neighbours each side would dilute a one- or two-character run (a trailing 銆? for 。) below the threshold.
        var width = end - start <= 2 ? 1 : Context;
        var left = context.Text[Math.Max(0, start - width)..start];
        var right = context.Text[end..Math.Min(context.Text.Length, end + width)];
        var original = context.Text[start..end];
        var originalScore = context.Scorer.Score(left + original + right);
        GapReading? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            if (candidate.Text == original || context.Scorer.HasImpossible(candidate.Text)) continue;
            var score = context.Scorer.Score(left + candidate.Text + right);
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        if (best is not null && context.ClearlyBetter(bestScore, originalScore) && context.ReadsWell(best.Text))
        {
            context.Repairs.Add(Repair(start, end, best, bestScore - originalScore));
            return true;
        }
        if (report && originalScore < -1.5)
        {
            context.Unrecovered.Add(new UnrecoveredSpan(start, end, original, "looks like mojibake; no decoding clearly reads better"));
        }
        return false;
    }

    private static SpanRepair Repair(int start, int end, GapReading reading, double gain) =>
        new(start, end, reading.Text, RepairConfidence.FromEvidence(Confidence(gain), reading.Guessed, reading.Margin), Alternatives: reading.Alternatives.Count > 0 ? reading.Alternatives : null);

    internal static double Confidence(double gain) => Math.Clamp(0.5 + gain / 6.0, 0.5, 0.99);

    private static string Left(string text, int start) => text[Math.Max(0, start - Context)..start];

    private static string Right(string text, int end) => text[end..Math.Min(text.Length, end + Context)];
}
