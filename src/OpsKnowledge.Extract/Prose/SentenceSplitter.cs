using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Cuts paragraphs into sentences at 。！？； and line breaks, keeping offsets into the document text.</summary>
public static partial class SentenceSplitter
{
    /// <summary>Longer runs without a full stop are cut at a clause mark (，；) before this length: a record's evidence is its sentence,
    /// and a page scraped into one 8 MB line made every one of its figures carry the whole line (work and output quadratic in the line).</summary>
    public const int MaxSentenceLength = 500;

    [GeneratedRegex(
        @"^\s*(?<h>(?:短期|中期|长期|近期|远期|中长期)(?:目标)?\s*[（(][^）)]{1,12}[）)]|第[一二三四五六七八九十\d]+(?:年|阶段)(?:\s*[（(][^）)]{1,16}[）)])?|\d{4}\s*年(?:\s*[-–—~～至]\s*\d{4}\s*年)?|[（(]\s*\d{4}\s*年[^）)]{0,12}[）)])(?:目标|度目标)?\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex Lead { get; }

    [GeneratedRegex(@"\d{4}\s*年[^）)]*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadDate { get; }

    [GeneratedRegex(@"^\s*(?:[-*•·●▪◆■]|\d{1,2}[.、)）]|[（(]\d{1,2}[)）])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet { get; }

    public static IReadOnlyList<ProseSentence> Split(Document document, Paragraph paragraph, string? sectionPath, string? sectionTitle)
    {
        var original = paragraph.Text;
        var text = ScriptFolding.ForExtraction.ToSimplified(original);
        var baseOffset = OffsetOf(document, paragraph);
        var bullet = Bullet.Match(text);
        var from = bullet.Success ? bullet.Length : 0;
        var lead = Lead.Match(text, from);
        var hasLead = lead.Success && lead.Index == from;
        var leadPeriod = hasLead ? PeriodParser.Normalize(lead.Groups["h"].Value) : null;
        var leadDate = hasLead ? LeadDate.Match(lead.Groups["h"].Value) : null;
        var simplifiedTitle = sectionTitle is null ? null : ScriptFolding.ForExtraction.ToSimplified(sectionTitle);
        var leadDateText = leadDate is { Success: true } ? leadDate.Value : null;
        var pieces = new List<(int Start, string Text)>();
        var start = from;
        for (var i = from; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] is '。' or '！' or '？' or '!' or '?' or '\n' or '\r';
            if (!end) continue;
            var piece = text.AsSpan(start, i - start);
            var trimmedStart = piece.Length - piece.TrimStart().Length;
            piece = piece.Trim();
            AddPiece(pieces, start + trimmedStart, piece);
            start = i + 1;
        }
        // Each sentence sees the ones after it through a view of one shared array, not a copy: copies grow
        // quadratically with the sentences of a paragraph, and scraped pages put whole documents in one paragraph.
        var all = new ProseSentence[pieces.Count];
        for (var k = 0; k < all.Length; k++)
        {
            var (at, piece) = pieces[k];
            all[k] = new ProseSentence
            {
                Text = piece,
                // Folding keeps length: the original wording is the same range of the paragraph as written.
                OriginalText = ReferenceEquals(text, original) ? piece : original.Substring(at, piece.Length),
                Start = baseOffset + at,
                Paragraph = paragraph,
                SectionPath = sectionPath,
                SectionTitle = simplifiedTitle,
                LeadPeriod = leadPeriod,
                LeadDate = leadDateText,
                LeadLength = k == 0 && hasLead ? lead.Index + lead.Length - at : 0,
                IsFirstInParagraph = k == 0,
                Following = new ArraySegment<ProseSentence>(all, k + 1, all.Length - k - 1),
            };
        }
        return all;
    }

    private static void AddPiece(List<(int Start, string Text)> pieces, int at, ReadOnlySpan<char> piece)
    {
        while (piece.Length > MaxSentenceLength)
        {
            // The last clause mark within the limit ends this part; without one the limit does.
            var cut = piece[..MaxSentenceLength].LastIndexOfAny("，；,;") + 1;
            if (cut < MaxSentenceLength / 4) cut = MaxSentenceLength;
            var part = piece[..cut].TrimEnd();
            if (part.Length > 1) pieces.Add((at, part.ToString()));
            var rest = piece[cut..];
            at += cut + (rest.Length - rest.TrimStart().Length);
            piece = rest.TrimStart();
        }
        if (piece.Length > 1) pieces.Add((at, piece.ToString()));
    }

    /// <summary>Where the paragraph's text starts in the document: its span, unless the span's text differs (then searched near it).</summary>
    private static int OffsetOf(Document document, Paragraph paragraph)
    {
        var span = paragraph.Span;
        if (span.End <= document.Text.Length && span.Length == paragraph.Text.Length
            && string.CompareOrdinal(document.Text, span.Start, paragraph.Text, 0, paragraph.Text.Length) == 0)
            return span.Start;
        var found = document.Text.IndexOf(paragraph.Text, Math.Max(0, Math.Min(span.Start, document.Text.Length)), StringComparison.Ordinal);
        return found >= 0 ? found : span.Start;
    }
}
