using OpsKnowledge.Structure.Numbering;

namespace OpsKnowledge.Structure.PlainText;

/// <summary>
/// Splits headings run into their body on one line ("1.1行业现状?基础运营服务作为……", "二、服务质量目标2.1客户体验提升 围绕……").
/// With a table of contents it looks for the listed headings, in order; without one it only accepts a number that continues
/// the outline, a short unpunctuated title and a separator, so quantities ("增长1.5倍", "2.1万元") and years stay in the sentence.
/// </summary>
internal sealed class RunInHeadingSplitter(StructureOptions options, IReadOnlyList<TableOfContentsEntry> contents)
{
    // How far ahead in the table of contents a heading may be when some listed ones are missing from the body.
    private const int ContentsLookahead = 6;

    private int _nextEntry;
    private int[]? _lastDecimal;
    private int _lastTop;
    private int _lastChinese;
    private int _lastChineseParen;
    private readonly Dictionary<NumberingKind, int> _lastWord = [];

    /// <summary>A piece of a line: a heading or a run of body text.</summary>
    public readonly record struct Piece(string Text, bool IsHeading);

    public List<Piece> Split(string line)
    {
        var pieces = new List<Piece>(1);
        // "1.1行业现状?" lost the separator before a body that went to the next line.
        if (line.Length > 1 && line[^1] == '?' && line.Length <= options.MaxHeadingLength + 1 && HeadingNumberParser.Parse(line) is not null)
            line = line[..^1].TrimEnd();
        var segmentStart = 0;
        var headingEnd = -1;
        for (var p = 0; p < line.Length; p++)
        {
            if (!MayStartNumber(line[p])) continue;
            var atBoundary = p == 0 || p == headingEnd || IsSentenceEnd(line[p - 1]);
            var end = -1;
            HeadingNumber? number = null;
            if (contents.Count > 0 && (atBoundary || char.IsWhiteSpace(line[p - 1]) || line[p - 1] == '?'))
                end = MatchContents(line, p);
            if (end < 0 && atBoundary) (end, number) = MatchConservatively(line, p);
            if (end < 0) continue;

            if (p == 0 && end >= line.Length && number is not null)
            {
                // The whole line is a heading; the builder judges it like any other line.
                Remember(number);
                break;
            }
            AddBody(pieces, line, segmentStart, p);
            pieces.Add(new Piece(line[p..end].Trim(), true));
            number ??= HeadingNumberParser.Parse(line, p);
            if (number is not null) Remember(number);
            // A "?" between heading and body stands for a separator lost in conversion.
            var next = end;
            if (next < line.Length && line[next] == '?') next++;
            while (next < line.Length && (char.IsWhiteSpace(line[next]) || line[next] is '：' or ':' or '。')) next++;
            segmentStart = headingEnd = next;
            p = next - 1;
        }
        if (pieces.Count == 0)
        {
            if (HeadingNumberParser.Parse(line) is { } whole && !whole.Style.IsListLike && line.Length <= options.MaxHeadingLength) Remember(whole);
            pieces.Add(new Piece(line, false));
            return pieces;
        }
        AddBody(pieces, line, segmentStart, line.Length);
        return pieces;
    }

    private int MatchContents(string line, int p)
    {
        var last = Math.Min(contents.Count, _nextEntry + ContentsLookahead);
        for (var k = _nextEntry; k < last; k++)
        {
            var end = contents[k].MatchAt(line, p);
            if (end < 0) continue;
            _nextEntry = k + 1;
            return end;
        }
        return -1;
    }

    private (int End, HeadingNumber? Number) MatchConservatively(string line, int p)
    {
        if (HeadingNumberParser.Parse(line, p) is not { } number || number.Style.IsListLike || number.IsBare) return (-1, null);
        if (p > 0 && !IsPlausibleNext(number)) return (-1, null);
        var titleStart = number.TitleStart;
        var limit = Math.Min(line.Length, titleStart + options.MaxRunInTitleLength + 1);
        for (var q = titleStart; q < limit; q++)
        {
            var c = line[q];
            if (c is '?' || char.IsWhiteSpace(c) || c is '：' or ':' or '。')
            {
                if (q - titleStart < 2 || line.AsSpan(q + 1).IsWhiteSpace()) return (-1, null);
                // A short line with a space is more likely a title with a space in it ("1.1 KPI 指标") than a heading and its body.
                if (char.IsWhiteSpace(c) && p == 0 && line.Length <= options.MaxHeadingLength && line.AsSpan().IndexOfAny("。，；") < 0) return (-1, null);
                return (q, number);
            }
            if (q - titleStart >= 2 && MayStartNumber(c) && HeadingNumberParser.Parse(line, q) is { } following
                && !following.Style.IsListLike && FollowsAsChild(number, following))
            {
                return (q, number);
            }
            if (char.IsPunctuation(c) && c is not ('-' or '—' or '·' or '/' or '（' or '）' or '(' or ')')) return (-1, null);
        }
        return limit == line.Length && line.Length - titleStart >= 2 ? (line.Length, number) : (-1, null);
    }

    /// <summary>True when <paramref name="following"/> is plausibly the first subheading of, or the next heading after, <paramref name="heading"/>.</summary>
    private static bool FollowsAsChild(HeadingNumber heading, HeadingNumber following)
    {
        var top = heading.Style.Kind is NumberingKind.ChineseComma or NumberingKind.Chapter || heading.Style is { Kind: NumberingKind.Decimal, Depth: 1 };
        if (following.Style.Kind == NumberingKind.Decimal && following.Ordinals.Length >= 2)
        {
            if (top) return following.Ordinals[0] == heading.Ordinal && following.Ordinals.Skip(1).All(o => o == 1);
            if (heading.Style.Kind == NumberingKind.Decimal)
                return following.Ordinals.Length == heading.Ordinals.Length + 1 && following.Ordinals.AsSpan(0, heading.Ordinals.Length).SequenceEqual(heading.Ordinals) && following.Ordinal == 1;
        }
        return following.Style.Kind == NumberingKind.ChineseParen && following.Ordinal == 1 && heading.Style.Kind == NumberingKind.ChineseComma;
    }

    private bool IsPlausibleNext(HeadingNumber number)
    {
        var n = number.Ordinal;
        switch (number.Style.Kind)
        {
            case NumberingKind.ChineseComma: return n == _lastChinese + 1;
            case NumberingKind.ChineseParen: return n == _lastChineseParen + 1;
            case NumberingKind.Chapter or NumberingKind.ChapterSection or NumberingKind.Part:
                return n == _lastWord.GetValueOrDefault(number.Style.Kind) + 1;
            case NumberingKind.Decimal when number.Ordinals.Length >= 2:
                var c = number.Ordinals;
                var firstOfChapter = c.Skip(1).All(o => o == 1);
                if (firstOfChapter && (c[0] == _lastTop || c[0] == _lastTop + 1)) return true;
                if (_lastDecimal is not { } last) return false;
                if (c.Length == last.Length + 1 && c.AsSpan(0, last.Length).SequenceEqual(last) && c[^1] == 1) return true;
                if (c.Length <= last.Length && c.AsSpan(0, c.Length - 1).SequenceEqual(last.AsSpan(0, c.Length - 1)) && c[^1] == last[c.Length - 1] + 1) return true;
                return false;
            default: return false;
        }
    }

    private void Remember(HeadingNumber number)
    {
        switch (number.Style.Kind)
        {
            case NumberingKind.ChineseComma:
                _lastChinese = _lastTop = number.Ordinal;
                _lastChineseParen = 0;
                break;
            case NumberingKind.ChineseParen:
                _lastChineseParen = number.Ordinal;
                break;
            case NumberingKind.CapitalChineseComma:
                // A new part (壹、贰、) restarts the 一、 numbering under it.
                _lastChinese = _lastChineseParen = 0;
                break;
            case NumberingKind.Chapter or NumberingKind.ChapterSection or NumberingKind.Part:
                _lastWord[number.Style.Kind] = number.Ordinal;
                if (number.Style.Kind == NumberingKind.Chapter) _lastTop = number.Ordinal;
                break;
            case NumberingKind.Decimal:
                _lastDecimal = number.Ordinals;
                if (number.Ordinals.Length == 1) _lastTop = number.Ordinal;
                break;
        }
    }

    private static void AddBody(List<Piece> pieces, string line, int start, int end)
    {
        if (end <= start) return;
        var text = line[start..end].Trim();
        if (text.Length > 0 && text != "?") pieces.Add(new Piece(text, false));
    }

    private static bool MayStartNumber(char c) =>
        char.IsAsciiDigit(c) || c is '(' or '（' or '第' || c is >= '①' and <= '⑳' || ChineseNumeral.IsDigit(c);

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '!' or '？' or '?' or '；' or ';';
}
