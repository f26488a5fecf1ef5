using OpsKnowledge.Core.Model;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Realignment;

/// <summary>Restores double-byte runs that paired the wrong bytes after a GBK stream lost one byte (shown as ?), until an ASCII byte realigned them.</summary>
public sealed class MisalignedRunRepairer : IRepairer
{
    private const int MaxInterior = 2000;
    private const int Context = 3;
    private const int MaxInteriorEnds = 2;

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
        // The document's own character pairs, collected only once a run is actually searched.
        var document = new Lazy<DocumentBigrams>(() => DocumentBigrams.Of(text, context.State.AnnotationsRemoved >= 3), LazyThreadSafetyMode.None);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('?' or '\uFFFD') || (i > 0 && text[i - 1] is '?' or '\uFFFD'))
            {
                i++;
                continue;
            }
            var end = TryRun(context, i, document);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>Tries the run starting at the lost-byte marker <paramref name="marker"/>; returns where scanning continues.</summary>
    private int TryRun(RepairContext context, int marker, Lazy<DocumentBigrams> document)
    {
        var text = context.Text;
        var j = marker + 1;
        var nonAscii = 0;
        while (j < text.Length && j - marker <= MaxInterior)
        {
            var c = text[j];
            // Private-use characters belong in a misaligned run: GBK's user-defined rows decode to them.
            if (c >= 0x80 && (CharacterBands.Of(c) is not (CharacterBand.Whitespace or CharacterBand.LatinSupplement) || IsGbkPinyinLetter(c))) nonAscii++;
            else if (!(FullWidthPunctuation.IsConvertible(c) || c == '\uFFFD')) break;
            j++;
        }
        var trailOnly = nonAscii == 0 && j == marker + 1 && j < text.Length && text[j] >= 0x40 && text[j] <= 0x7E && FollowingAnnotation(text, j + 1, out _) is not null;
        if (nonAscii == 0 && !trailOnly)
        {
            return j == marker + 2 && text[marker + 1] == '?' ? TryBothBytesLost(context, marker, document) : j;
        }
        if (!context.TryStartSearch()) return j;
        var left = text[Math.Max(0, marker - Context)..marker];
        var original = context.Scorer.Score(left + text[marker..Math.Min(text.Length, j + Context)]);

        string? best = null;
        var bestEnd = 0;
        var bestScore = double.NegativeInfinity;
        // (a) the ASCII letter that realigned the stream was the trail byte of the run's last character.
        // A run ending in ? had its last pair swallow a byte below 0x40 instead, so (a) does not apply to it.
        if (j < text.Length && text[j] >= 0x40 && text[j] <= 0x7E && !(text[j - 1] is '?' && j - 1 > marker))
        {
            Consider(context, marker, j, (byte)text[j], j + 1, left, document, ref best, ref bestEnd, ref bestScore);
        }
        // (b) the run ends in ? where the last lead byte swallowed the ASCII byte after it.
        if (text[j - 1] is '?' or '\uFFFD' && j - 1 > marker)
        {
            Consider(context, marker, j - 1, null, j, left, document, ref best, ref bestEnd, ref bestScore);
        }
        // (c) a ? inside the run is where a swallowed byte (a space, a digit) put the stream back in step; what follows it is intact text.
        var tried = 0;
        for (var k = marker + 2; k < j - 1 && tried < MaxInteriorEnds; k++)
        {
            if (text[k] is not '?' || text[k + 1] < 0x80 || text[k - 1] is '?') continue;
            tried++;
            Consider(context, marker, k, null, k + 1, left, document, ref best, ref bestEnd, ref bestScore);
        }
        // (d) the run's last character paired a trail byte with the ASCII letter after it (按G read as 碐): the letter is intact, only the first character is unknown.
        tried = 0;
        for (var k = j - 1; k > marker && tried < MaxInteriorEnds; k--)
        {
            if (!HasAsciiTrail(text[k])) continue;
            tried++;
            ConsiderAsciiTrail(context, marker, k, left, document, ref best, ref bestEnd, ref bestScore);
        }
        if (best is not null)
        {
            var originalHere = context.Scorer.Score(left + text[marker..Math.Min(text.Length, bestEnd + Context)]);
            var candidateScore = bestScore;
            // A short replacement (上資) may read poorly alone and well where it stands.
            var inPlace = left + best + text[bestEnd..Math.Min(text.Length, bestEnd + Context)];
            if (context.ClearlyBetter(candidateScore, originalHere) && (context.ReadsWell(best) || context.ReadsWell(inPlace)))
            {
                context.Repairs.Add(new SpanRepair(marker, bestEnd, best, Mojibake.MojibakeRepairer.Confidence(candidateScore - originalHere)));
                context.State.RunsRealigned++;
                context.EndSearch(repaired: true);
                return bestEnd;
            }
        }
        context.EndSearch(repaired: false);
        if (original < -1.2 && CountRare(text, marker + 1, j) >= 2)
        {
            context.Unrecovered.Add(new UnrecoveredSpan(marker, j, text[marker..j], "misaligned double-byte run; no lost byte made it read well"));
            return j;
        }
        // A failed run may contain the real lost-byte marker further on (after a heading's lost separator, say): keep looking from the next character.
        return marker + 1;
    }

    // Every character a GBK pair can make that plan text plausibly uses, for a character whose two bytes were both lost.
    private static readonly Lazy<List<string>> AnyCharacter = new(() => PairCandidates(null, null));

    /// <summary>"问??": a character lost both bytes (the second ? is its trail paired with a swallowed byte below 0x40, or the end of the line).
    /// Only the words around it can tell which character it was; it is restored when it makes a dictionary word with the character before it, or a pair the document uses elsewhere.</summary>
    private static int TryBothBytesLost(RepairContext context, int marker, Lazy<DocumentBigrams> document)
    {
        var text = context.Text;
        var end = marker + 2;
        if (marker == 0 || (end < text.Length && text[end] is not ('\n' or '\r') && text[end] >= 0x80)) return end;
        var before = text[marker - 1];
        if (!ChineseCharacters.IsHan(before) && !char.IsAsciiDigit(before)) return end;
        if (!context.TryStartSearch()) return end;
        var left = text[Math.Max(0, marker - Context)..marker];
        var atLineEnd = end >= text.Length || text[end] is '\n' or '\r';
        // "回??gù)": a site annotation after the lost character names its reading (its "(" went with the lost bytes).
        var needsParenthesis = false;
        var reading = atLineEnd ? null : FollowingAnnotation(text, end, out needsParenthesis);
        string? best = null;
        var bestCost = int.MaxValue;
        foreach (var candidate in AnyCharacter.Value)
        {
            var c = candidate[0];
            if (reading is not null && !PinyinReadings.IsReadingOf(c, reading)) continue;
            var seen = document.Value.Contains(before, c);
            var word = ChineseCharacters.IsHan(before) && ChineseCharacters.IsHan(c) && ChineseLanguageModel.WordCost([ScriptFolding.Standard.ToSimplified(before), ScriptFolding.Standard.ToSimplified(c)]) is not null;
            if (!seen && !word && reading is null) continue;
            var cost = ChineseLanguageModel.SegmentationCost(left + candidate) + (seen ? -DocumentBigrams.SeenPairBonus : 0)
                + (atLineEnd ? document.Value.LineFinalCost(c) + LineEndPrior(c) : 0);
            if (cost < bestCost) (best, bestCost) = (candidate, cost);
        }
        if (best is null)
        {
            context.EndSearch(repaired: false);
            return end;
        }
        var swallowed = atLineEnd ? "" : reading is not null ? (needsParenthesis ? "(" : "") : SwallowedAscii.Guess(text, end, best[0], document.Value);
        context.Repairs.Add(new SpanRepair(marker, end, best + swallowed, 0.5));
        context.EndSearch(repaired: true);
        return end;
    }

    // Row A8 of GB2312 (pinyin letters ü, é, à...) lies in the double-byte range, so misaligned pairs decode to them.
    private static bool IsGbkPinyinLetter(char c) => c is 'ü' or 'é' or 'è' or 'ê' or 'à' or 'á' or 'ì' or 'í' or 'ò' or 'ó' or 'ù' or 'ú' or '·' or '×' or '÷' or '°' or '±' or '§' or '¤' or '¨';

    private static bool HasAsciiTrail(char c)
    {
        if (c < 0x80) return false;
        Span<byte> pair = stackalloc byte[4];
        Span<char> one = [c];
        try
        {
            return CodePages.Gb18030Strict.GetBytes(one, pair) == 2 && pair[1] is >= 0x40 and <= 0x7E;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }

    private static byte[]? DoubleBytes(string text, int from, int to)
    {
        var bytes = new byte[(to - from) * 2];
        Span<byte> buffer = stackalloc byte[4];
        Span<char> one = stackalloc char[1];
        for (var k = from; k < to; k++)
        {
            one[0] = text[k] is '\uFFFD' ? '？' : FullWidthPunctuation.ToFullWidth(text[k]);
            try
            {
                if (CodePages.Gb18030Strict.GetBytes(one, buffer) != 2) return null;
            }
            catch (System.Text.EncoderFallbackException)
            {
                return null;
            }
            bytes[2 * (k - from)] = buffer[0];
            bytes[2 * (k - from) + 1] = buffer[1];
        }
        return bytes;
    }

    /// <summary>Case (d): pairs (X, b0), (b1, b2), ... re-decoded, and the last byte, an ASCII letter, kept as it is.</summary>
    private static void ConsiderAsciiTrail(RepairContext context, int marker, int lastIndex, string left, Lazy<DocumentBigrams> document,
        ref string? best, ref int bestEnd, ref double bestScore)
    {
        var text = context.Text;
        var bytes = DoubleBytes(text, marker + 1, lastIndex + 1);
        if (bytes is null) return;
        string middle;
        try
        {
            middle = CodePages.Gb18030Strict.GetString(bytes, 1, bytes.Length - 2);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return;
        }
        if (middle.Length * 2 != bytes.Length - 2 || context.Scorer.HasImpossible(middle)) return;
        var firstCandidates = PairCandidates(null, bytes[0]);
        if (firstCandidates.Count == 0) return;
        var end = lastIndex + 1;
        var right = text[end..Math.Min(text.Length, end + Context)];
        var tail = middle + (char)bytes[^1] + right;
        var leftContext = Tail(left, Context);
        var before = leftContext.Length > 0 ? leftContext[^1] : '\0';
        var firsts = Rank(firstCandidates, c => leftContext + c + Head(tail, Context), c => document.Value.PairCost(before, c[0], tail[0]) + document.Value.ScriptCost(c[0]) + document.Value.UnannotatedCost(c[0]), context.Scorer);
        var candidate = firsts[0].Text + middle + (char)bytes[^1];
        var score = context.Scorer.Score(left + candidate + right);
        if (score > bestScore) (best, bestEnd, bestScore) = (candidate, end, score);
    }

    private static int CountRare(string text, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            var band = CharacterBands.Of(text[k]);
            if (band >= CharacterBand.LessCommonHan && !ScriptFolding.Standard.IsTraditional(text[k])) count++;
        }
        return count;
    }

    private static void Consider(RepairContext context, int marker, int interiorEnd, byte? trail, int end, string left, Lazy<DocumentBigrams> document,
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
        // The first and last characters each hide one unknown byte: choose them by the dictionary language model in context, jointly when the run is short.
        var right = text[end..Math.Min(text.Length, end + Context)];
        // In (b) a byte below 0x40 (a digit, a space, a mark) sat between the last character and the text after the run: that text is no context for it.
        var rightOfLast = suffix.Length > 0 || trail is null ? "" : right;
        var atLineEnd = trail is null && (end >= text.Length || text[end] is '\n' or '\r');
        var (first, last) = ChooseEnds(firstCandidates, lastCandidates, left, middle, rightOfLast, text, end, document.Value, atLineEnd, context.Scorer);
        var swallowed = trail is null && suffix.Length == 0 ? SwallowedAscii.Guess(text, end, (first + middle + last)[^1], document.Value) : "";
        var candidate = first + middle + last + swallowed + suffix;
        var score = context.Scorer.Score(left + candidate + right) + agreement;
        if (score > bestScore)
        {
            (best, bestEnd, bestScore) = (candidate, end, score);
        }
    }

    private const int Shortlist = 6;

    /// <summary>The first and last characters (each with one unknown byte) that make the cheapest text with their neighbours.</summary>
    private static (string First, string Last) ChooseEnds(List<string> firstCandidates, List<string> lastCandidates, string left, string middle, string right,
        string text, int end, DocumentBigrams document, bool atLineEnd, ICandidateScorer scorer)
    {
        var leftContext = Tail(left, Context);
        var before = leftContext.Length > 0 ? leftContext[^1] : '\0';
        var firstAfter = middle.Length > 0 ? middle[0] : '\0';
        var lastBefore = middle.Length > 0 ? middle[^1] : '\0';
        var after = right.Length > 0 ? right[0] : '\0';
        // The first character is never followed by its annotation (the run goes on after it).
        int FirstExtra(string f) => document.PairCost(before, f[0], firstAfter) + document.ScriptCost(f[0]) + document.UnannotatedCost(f[0]);
        int LastExtra(string l) => document.PairCost(lastBefore, l[0], after) + document.ScriptCost(l[0]) + BracketCost(l[0], text, end)
            + (atLineEnd ? document.LineFinalCost(l[0]) + LineEndPrior(l[0]) : 0);
        var lasts = Rank(lastCandidates, c => Tail(middle, Context) + c + right, LastExtra, scorer);
        var firsts = Rank(firstCandidates, c => leftContext + c + Head(middle + lasts[0].Text + right, Context), FirstExtra, scorer);
        if (middle.Length >= Context || lastCandidates.Count == 1)
        {
            return (firsts[0].Text, lasts[0].Text);
        }
        // Short run: the two unknown characters are each other's context. Unigram ranks miss pairs like 目标 (目 and 标 alone are ordinary),
        // so pairs that make a dictionary word with the known middle join the shortlists.
        var shortFirsts = new List<string>(firsts.Take(Shortlist).Select(r => r.Text));
        var shortLasts = new List<string>(lasts.Take(Shortlist).Select(r => r.Text));
        foreach (var (f, l) in WordPairs(firstCandidates, middle, lastCandidates))
        {
            if (!shortFirsts.Contains(f)) shortFirsts.Add(f);
            if (!shortLasts.Contains(l)) shortLasts.Add(l);
        }
        var bestCost = int.MaxValue;
        var choice = (firsts[0].Text, lasts[0].Text);
        foreach (var f in shortFirsts)
        {
            foreach (var l in shortLasts)
            {
                var window = leftContext + f + middle + l + right;
                var cost = ChineseLanguageModel.SegmentationCost(window) + document.SeenCost(window) + BracketCost(l[0], text, end)
                    + document.ScriptCost(f[0]) + document.ScriptCost(l[0]) + document.UnannotatedCost(f[0])
                    + (atLineEnd ? document.LineFinalCost(l[0]) + LineEndPrior(l[0]) : 0);
                if (cost < bestCost) (bestCost, choice) = (cost, (f, l));
            }
        }
        return choice;
    }

    /// <summary>Chinese lines end in a full stop (or the semicolon of a list item), hardly ever in a comma.</summary>
    private static int LineEndPrior(char c) => c switch
    {
        '。' => -30,
        '；' or '：' or '！' or '？' or '）' or '”' => -10,
        '，' or '、' => 30,
        _ => 0,
    };

    /// <summary>First and last characters that make one dictionary word together with the known characters between them.</summary>
    private static List<(string First, string Last)> WordPairs(List<string> firstCandidates, string middle, List<string> lastCandidates)
    {
        var pairs = new List<(string, string)>();
        Span<char> options = lastCandidates.Count <= 256 ? stackalloc char[lastCandidates.Count] : new char[lastCandidates.Count];
        for (var k = 0; k < lastCandidates.Count; k++) options[k] = lastCandidates[k][0];
        Span<char> prefix = stackalloc char[middle.Length + 1];
        middle.AsSpan().CopyTo(prefix[1..]);
        var found = new List<char>();
        foreach (var f in firstCandidates)
        {
            prefix[0] = f[0];
            found.Clear();
            ChineseLanguageModel.Completions(prefix, options, found);
            foreach (var l in found) pairs.Add((f, l.ToString()));
        }
        return pairs;
    }

    // Candidates within this many cost units of the best are near ties: the band scorer's opinion (common characters, ICU's segmentation) decides them.
    private const int NearTie = 12;
    private const double ScorerWeight = 10;

    private static List<(string Text, int Cost)> Rank(List<string> candidates, Func<string, string> window, Func<string, int> extra, ICandidateScorer scorer)
    {
        var ranked = new List<(string Text, int Cost)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            ranked.Add((candidate, ChineseLanguageModel.SegmentationCost(window(candidate)) + extra(candidate)));
        }
        // Stable: among equal costs the earlier (lower-byte, more common GB2312 row) candidate stays first.
        ranked = [.. ranked.OrderBy(r => r.Cost)];
        var close = 0;
        while (close < ranked.Count && close < Shortlist && ranked[close].Cost - ranked[0].Cost <= NearTie) close++;
        if (close < 2) return ranked;
        var refined = new List<(string Text, double Cost)>(close);
        for (var k = 0; k < close; k++)
        {
            var w = window(ranked[k].Text);
            refined.Add((ranked[k].Text, ranked[k].Cost - ScorerWeight * scorer.Score(w) * w.Length));
        }
        var order = refined.OrderBy(r => r.Cost).Select(r => ranked.First(x => x.Text == r.Text)).ToList();
        return [.. order, .. ranked.Skip(close)];
    }

    /// <summary>An opening bracket is right when the rest of the line closes it, wrong when it does not.</summary>
    private static int BracketCost(char c, string text, int end)
    {
        var closing = c switch { '（' => '）', '(' => ')', '“' => '”', '《' => '》', '【' => '】', _ => '\0' };
        if (closing == '\0') return 0;
        var lineEnd = text.IndexOf('\n', end);
        var rest = text.AsSpan(end, (lineEnd < 0 ? text.Length : lineEnd) - end);
        var close = rest.IndexOfAny(closing, closing == '）' ? ')' : closing);
        if (close < 0) return 40;
        var reopen = rest[..close].IndexOfAny(c, c == '（' ? '(' : c);
        return reopen < 0 ? -40 : 0;
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
        var score = context.Scorer.Score(left + chosen + right) + LeadOnlyAgreementBonus;
        if (score > bestScore) (best, bestEnd, bestScore) = (chosen, end, score);
    }

    // "?F(xiàn)" is specific enough (a lone ASCII trail byte, then a syllable that one of its few lead bytes reads) that agreement alone carries it:
    // the short window of ASCII around it dilutes the language score's gain.
    private const double LeadOnlyAgreementBonus = 1.2;

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
                    || (band == CharacterBand.GbkExtension && ScriptFolding.Standard.IsTraditional(s[0]))
                    || (lead is not null && trail is not null && band != CharacterBand.Impossible);
                if (plausible) result.Add(s);
            }
        }
        return result;
    }
}
