using System.Collections.Frozen;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Application;

/// <summary>The configured pipeline: readers by extension, the repair stage, the extractor and the marking of records that rest on guesses. Immutable and shared across threads.</summary>
public sealed class OpsPipeline
{
    private readonly FrozenDictionary<string, IDocumentReader> _readersByExtension;

    public OpsPipeline(IEnumerable<IDocumentReader> readers, ITextRepairer repairer, IRecordExtractor extractor, UncertainRecordMarker? marker = null)
    {
        Marker = marker ?? UncertainRecordMarker.Default;
        Readers = readers.ToArray();
        Repairer = repairer;
        Extractor = extractor;
        var byExtension = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in Readers)
        {
            foreach (var extension in reader.Extensions) byExtension.TryAdd(extension, reader);
        }
        _readersByExtension = byExtension.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<IDocumentReader> Readers { get; }

    public ITextRepairer Repairer { get; }

    public IRecordExtractor Extractor { get; }

    /// <summary>Marks records whose name, value or operator rests on a guessed repair, an unrecovered span or a poor OCR page.</summary>
    public UncertainRecordMarker Marker { get; }

    public IEnumerable<string> Extensions => _readersByExtension.Keys;

    public bool CanRead(string path) => ReaderFor(path) is not null;

    public IDocumentReader? ReaderFor(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        return _readersByExtension.GetValueOrDefault(extension);
    }

    /// <summary>Reads, repairs, structures and extracts one file. Bad input comes back as a failed result, never as an exception.</summary>
    public ProcessedFile Process(SourceFile file, CancellationToken cancellationToken = default)
    {
        var reader = ReaderFor(file.Path);
        if (reader is null)
        {
            return ProcessedFile.Failed(file.Path, $"unsupported file type '.{file.Extension}' (supported: {string.Join(", ", Extensions.Order())})");
        }

        ReadResult read;
        try
        {
            read = reader.Read(file, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A reader bug must not stop the batch; the message names the reader so it can be fixed.
            return ProcessedFile.Failed(file.Path, $"{reader.Format} reader failed: {ex.GetType().Name}: {ex.Message}");
        }

        if (read.Document is null) return ProcessedFile.Failed(file.Path, read.Error ?? "unreadable");

        IReadOnlyList<Record> records;
        var found = 0;
        try
        {
            records = Extractor.Extract(read.Document);
            found = records.Count;
            if (found > MaxRecordsPerDocument) records = records.Take(MaxRecordsPerDocument).ToList();
            records = Marker.Mark(read.Document, ScannedPageConfidence(read.Document, records));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The document is still worth indexing for search; losing it for an extractor bug would lose the user's file.
            return ProcessedFile.Succeeded(read.Document, []) with { Warning = $"record extraction failed, indexed without records: {ex.GetType().Name}: {ex.Message}" };
        }

        var processed = ProcessedFile.Succeeded(read.Document, records);
        return found > MaxRecordsPerDocument
            ? processed with { Warning = $"{found:N0} records found, the first {MaxRecordsPerDocument:N0} indexed (at most {MaxRecordsPerDocument:N0} a document)" }
            : processed;
    }

    /// <summary>Far more than any plan states (a long one has a few hundred); a file that yields more repeats itself, and every
    /// record is an index entry held in memory until its document is written (200,000 from one 8 MB line reached 1.2 GB).</summary>
    public const int MaxRecordsPerDocument = 10_000;

    /// <summary>Records read from OCR text are guesses: their confidence is scaled by the page's OCR confidence.</summary>
    private static IReadOnlyList<Record> ScannedPageConfidence(Core.Model.Document document, IReadOnlyList<Record> records)
    {
        if (document.ScannedPages.Count == 0) return records;
        var byPage = document.ScannedPages.ToDictionary(p => p.Page, p => p.Confidence);
        var whole = document.ScannedPages.Average(p => p.Confidence);
        return records.Select(r =>
        {
            var page = r.Source.Page is { } p ? byPage.GetValueOrDefault(p, 1.0) : whole;
            return page >= 1.0 ? r : r with { Confidence = Math.Round(r.Confidence * page, 2) };
        }).ToList();
    }
}
