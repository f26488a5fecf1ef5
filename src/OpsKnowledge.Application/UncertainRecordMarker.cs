using System.Globalization;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Application;

/// <summary>
/// The stage after extraction that marks guesses: records resting on doubtful text (a guessed repair or an unrecovered span inside the
/// record's source span, for table records also its row's name cell; an OCR page read with low confidence), and records the extractor itself rated below the guess threshold. Such a record
/// gets <see cref="Record.Uncertain"/>, a reason, and a confidence below the guess threshold.
/// </summary>
public sealed class UncertainRecordMarker
{
    /// <summary>The highest confidence an uncertain record keeps: below <see cref="TextRepair.GuessBelow"/>, so it reads as a guess.</summary>
    public const double UncertainConfidence = 0.5;

    /// <summary>OCR pages below this mean confidence make their records uncertain (Tesseract's clean Chinese pages score 0.85–0.95).</summary>
    public const double OcrConfidenceBelow = 0.8;

    /// <summary>Records the extractor itself rates below this are guesses as well: on the tune half of the real documents, prose
    /// records under 0.6 were right little more than half the time, so their name or value must not read as settled.</summary>
    public const double ExtractionConfidenceBelow = TextRepair.GuessBelow;

    public static UncertainRecordMarker Default { get; } = new();

    private const char ReplacementCharacter = '\uFFFD';
    private const string UnrecoveredReason = "unrecovered bytes in the evidence";

    public IReadOnlyList<Record> Mark(Document document, IReadOnlyList<Record> records)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return records;
        var doubtful = DoubtfulSpans(document);
        var lowOcr = document.ScannedPages.Where(p => p.Confidence < OcrConfidenceBelow).ToDictionary(p => p.Page, p => p.Confidence);
        if (doubtful.Count == 0 && lowOcr.Count == 0 && !records.Any(r => r.Confidence < ExtractionConfidenceBelow)) return records;

        var marked = new List<Record>(records.Count);
        foreach (var record in records)
        {
            var reasons = RestsOn(document, record, doubtful).Select(d => d.Reason).Distinct().ToList();
            if (record.Source.Page is { } page && lowOcr.TryGetValue(page, out var ocr))
                reasons.Add($"OCR confidence {ocr.ToString("0.00", CultureInfo.InvariantCulture)}");
            if (reasons.Count == 0 && record.Confidence < ExtractionConfidenceBelow)
                reasons.Add($"extraction confidence {record.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}: the name or value is a guess");
            marked.Add(reasons.Count == 0
                ? record
                : record with
                {
                    Uncertain = true,
                    UncertainBecause = string.Join("; ", reasons),
                    Confidence = Math.Min(record.Confidence, UncertainConfidence),
                });
        }
        return marked;
    }

    /// <summary>Guessed repairs, unrecovered spans and undecodable bytes (U+FFFD) of the document, placed in its text; empty when there are none.</summary>
    public IReadOnlyList<DoubtfulSpan> DoubtfulSpans(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = document.Repair;
        var spans = new List<DoubtfulSpan>();
        // A replacement character still in the text is a byte the decoder could not read (a lost byte inside ≤ leaves "�2%");
        // readers keep the decoder's own list of them apart from the repair report, so the text itself is the record of them.
        for (var i = document.Text.IndexOf(ReplacementCharacter); i >= 0; i = document.Text.IndexOf(ReplacementCharacter, i))
        {
            var end = i;
            while (end < document.Text.Length && document.Text[end] == ReplacementCharacter) end++;
            spans.Add(new DoubtfulSpan(new TextSpan(i, end), UnrecoveredReason));
            i = end;
        }
        if (!report.Repairs.Any(r => r.IsGuess) && report.Unrecovered.Count == 0) return spans;
        var map = RepairOffsetMap.For(document);
        foreach (var repair in report.Repairs.Where(r => r.IsGuess))
        {
            if (map.ToDocument(repair.Start, repair.End, repair.After.Length) is { } span)
                spans.Add(new DoubtfulSpan(span, GuessReason(repair), Repair: repair));
        }
        foreach (var unrecovered in report.Unrecovered)
        {
            if (map.ToDocument(unrecovered.Start, unrecovered.End) is { } span)
                spans.Add(new DoubtfulSpan(span, UnrecoveredReason, Unrecovered: unrecovered));
        }
        return spans;
    }

    /// <summary>The doubtful spans a record's name, value or operator stands on: its source span, and for a table record its row's name cell.</summary>
    public IEnumerable<DoubtfulSpan> RestsOn(Document document, Record record, IReadOnlyList<DoubtfulSpan> doubtful)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(record);
        if (doubtful.Count == 0) return [];
        var spans = new List<TextSpan> { new(record.Source.Start, Math.Max(record.Source.End, record.Source.Start + 1)) };
        if (record.Source is { Table: { } t, Row: { } r } && document.Tables.FirstOrDefault(x => x.Index == t) is { } table && r < table.Rows.Count)
        {
            // The value cell is the source span; the name comes from another cell of the row.
            spans.AddRange(table.Rows[r]
                .Where(c => !c.IsMergedContinuation && c.Span.Length > 0 && record.Name.Contains(c.Text.Trim(), StringComparison.Ordinal) && c.Text.Trim().Length > 0)
                .Select(c => c.Span));
        }
        return doubtful.Where(d => spans.Any(s => d.Span.Start < s.End && s.Start < d.Span.End));
    }

    private static string GuessReason(TextRepair repair) =>
        repair.Alternatives is { Count: > 0 } alternatives
            ? $"repair guessed '{repair.After}' (alternatives: {string.Join(", ", alternatives)})"
            : $"repair guessed '{repair.After}' (confidence {repair.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})";
}
