using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Ocr;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>
/// Parses PDFs: the text layer where there is one, OCR for pages without (when an OCR engine is given); encrypted, corrupt and
/// garbage-text files, and scans without OCR, come back as one-line failures.
/// </summary>
public sealed class PdfParser(TesseractOcr? ocr = null) : IFormatParser
{
    private readonly PdfBlockExtractor _extractor = new();

    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = ["pdf"];

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        var content = PdfContentReader.Read(_extractor, file.Bytes, cancellationToken);
        var scanned = new List<ScannedPage>();
        var blocks = content.Blocks;
        if (content.ScannedPages.Count > 0 && (content.Failure is null or PdfBlockExtractor.NoTextLayer))
        {
            if (ocr?.Unavailable() is { } missing)
            {
                // A mixed PDF keeps its text pages; a scan without OCR cannot be read at all.
                if (content.Failure is not null) return ParsedSource.Failed(missing);
            }
            else if (ocr is not null)
            {
                var pages = ocr.Read(file.Bytes, content.ScannedPages, cancellationToken);
                if (content.Failure is not null && pages.All(p => p.Blocks.Count == 0))
                    return ParsedSource.Failed(pages.FirstOrDefault(p => p.Failure is not null)?.Failure ?? "scanned PDF: OCR found no text");
                blocks = [.. blocks, .. pages.SelectMany(p => p.Blocks)];
                // Text-layer and OCR blocks in page order; within a page each keeps its own order.
                blocks = blocks.Select((b, i) => (b, i)).OrderBy(x => x.b.Page ?? 0).ThenBy(x => x.i).Select(x => x.b).ToList();
                scanned.AddRange(pages.Where(p => p.Blocks.Count > 0).Select(p => new ScannedPage(p.Page, p.Confidence)));
                content = content with { Failure = null, Title = content.Title ?? pages.SelectMany(p => p.Blocks).OfType<SourceParagraph>().FirstOrDefault()?.Text };
            }
        }
        if (content.Failure is { } failure) return ParsedSource.Failed(failure);

        return ParsedSource.FromBlocks(blocks, new SourceFacts
        {
            BoilerplateRemoved = content.RunningLinesRemoved,
            PageCount = content.PageCount,
            Title = content.Title,
            ScannedPages = scanned,
        });
    }
}
