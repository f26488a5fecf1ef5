using System.Collections.Frozen;
using System.Diagnostics;
using OpsKnowledge.Application.Pipeline;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Application;

/// <summary>
/// The configured pipeline: parsers by extension, then decode → repair → structure → extract → mark, in one place for every
/// format. Built by <see cref="OpsPipelineBuilder"/>; immutable and shared across threads.
/// </summary>
public sealed class OpsPipeline
{
    private readonly FrozenDictionary<string, IFormatParser> _parsersByExtension;
    private readonly PlainTextStructurer _plainText;
    private readonly DocumentBuilder _structure;
    private readonly BlockTextRepair _blockRepair;
    private readonly IReadObserver? _observer;

    internal OpsPipeline(
        IReadOnlyList<IFormatParser> parsers,
        ITextRepairer repairer,
        PlainTextStructurer plainText,
        DocumentBuilder structure,
        IRecordExtractor extractor,
        UncertainRecordMarker marker,
        IReadObserver? observer)
    {
        Parsers = parsers;
        Repairer = repairer;
        Extractor = extractor;
        Marker = marker;
        _plainText = plainText;
        _structure = structure;
        _blockRepair = new BlockTextRepair(repairer);
        _observer = observer;
        var byExtension = new Dictionary<string, IFormatParser>(StringComparer.OrdinalIgnoreCase);
        foreach (var parser in Parsers)
        {
            foreach (var extension in parser.Extensions) byExtension.TryAdd(extension, parser);
        }
        _parsersByExtension = byExtension.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<IFormatParser> Parsers { get; }

    public ITextRepairer Repairer { get; }

    public IRecordExtractor Extractor { get; }

    /// <summary>Marks records whose name, value or operator rests on a guessed repair, an unrecovered span or a poor OCR page.</summary>
    public UncertainRecordMarker Marker { get; }

    public IEnumerable<string> Extensions => _parsersByExtension.Keys;

    public bool CanRead(string path) => ParserFor(path) is not null;

    public IFormatParser? ParserFor(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        return _parsersByExtension.GetValueOrDefault(extension);
    }

    /// <summary>Reads, repairs, structures and extracts one file. Bad input comes back as a failed result, never as an exception.</summary>
    public ProcessedFile Process(SourceFile file, CancellationToken cancellationToken = default)
    {
        var read = Read(file, cancellationToken);
        if (read.Document is null) return read;

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

    /// <summary>Parses, decodes, repairs and structures one file, without extraction. Bad input comes back as a failed result.</summary>
    public ProcessedFile Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var parser = ParserFor(file.Path);
        if (parser is null)
        {
            return ProcessedFile.Failed(file.Path, $"unsupported file type '.{file.Extension}' (supported: {string.Join(", ", Extensions.Order())})");
        }

        _observer?.ReadStarting(file);
        var start = _observer is null ? 0 : Stopwatch.GetTimestamp();
        try
        {
            return ReadWith(parser, file, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A parser bug must not stop the batch; the message names the reader so it can be fixed.
            return ProcessedFile.Failed(file.Path, $"{parser.Format} reader failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            _observer?.ReadFinished(file, Stopwatch.GetElapsedTime(start));
        }
    }

    /// <summary>
    /// The two shapes keep their orders: text is repaired whole and then split by its format; blocks are parsed first and
    /// repaired as one text of their units. Both then go through the same structure stage.
    /// </summary>
    private ProcessedFile ReadWith(IFormatParser parser, SourceFile file, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(file, Repairer, cancellationToken);
        if (parsed.Failure is { } failure) return ProcessedFile.Failed(file.Path, failure);
        var facts = parsed.Facts;
        var format = facts.Format ?? parser.Format;

        if (parsed.Text is { } decoded)
        {
            if (parser is not ITextFormatParser textParser)
                throw new InvalidOperationException($"the {parser.Format} parser gave text but cannot parse repaired text");
            var repaired = Repairer.Repair(decoded.Text);
            cancellationToken.ThrowIfCancellationRequested();
            var lines = _plainText.Expand(textParser.ParseRepairedText(repaired.Text, cancellationToken));
            if (lines.Count == 0) return ProcessedFile.Failed(file.Path, textParser.NoContentReason);
            var described = Describe(file, format, facts, decoded.Text, repaired.Report with { Encoding = decoded.Encoding }, facts.Title) with { Encoding = decoded.Encoding };
            return ProcessedFile.Succeeded(_structure.Build(described, lines), []);
        }

        var blocks = _blockRepair.Repair(parsed.Blocks ?? []);
        var report = blocks.Report with
        {
            Encoding = facts.Encoding ?? blocks.Report.Encoding,
            BoilerplateRemoved = blocks.Report.BoilerplateRemoved + facts.BoilerplateRemoved,
        };
        var title = facts.TitleNeedsRepair && facts.Title is { Length: > 0 } damaged ? Repairer.Repair(damaged).Text : facts.Title;
        var document = Describe(file, format, facts, blocks.OriginalText, report, title);
        return ProcessedFile.Succeeded(_structure.Build(document, blocks.Blocks), []);
    }

    /// <summary>The document as known before its structure: file, format, original text, repair report and the format's facts.</summary>
    private static Document Describe(SourceFile file, string format, SourceFacts facts, string originalText, RepairReport report, string? title) => new()
    {
        Id = file.Name,
        SourcePath = file.Path,
        Format = format,
        Encoding = facts.Encoding,
        OriginalText = originalText,
        Repair = report,
        Title = title,
        ContentHash = file.ContentHash,
        PageCount = facts.PageCount,
        ScannedPages = facts.ScannedPages,
        Text = "",
        Sections = [],
        Blocks = [],
    };

    /// <summary>Far more than any plan states (a long one has a few hundred); a file that yields more repeats itself, and every
    /// record is an index entry held in memory until its document is written (200,000 from one 8 MB line reached 1.2 GB).</summary>
    public const int MaxRecordsPerDocument = 10_000;

    /// <summary>Records read from OCR text are guesses: their confidence is scaled by the page's OCR confidence.</summary>
    private static IReadOnlyList<Record> ScannedPageConfidence(Document document, IReadOnlyList<Record> records)
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
