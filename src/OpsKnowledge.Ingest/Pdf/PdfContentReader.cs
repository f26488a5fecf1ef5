using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Opens PDF bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class PdfContentReader
{
    public static PdfContent Read(PdfBlockExtractor extractor, byte[] bytes, CancellationToken cancellationToken = default) =>
        Read(extractor, bytes, new PdfDecodeBudget(), cancellationToken);

    /// <summary>Reads with the given decode limits (tests set small ones).</summary>
    public static PdfContent Read(PdfBlockExtractor extractor, byte[] bytes, PdfDecodeBudget budget, CancellationToken cancellationToken = default)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            return new PdfContent { Failure = "not a PDF file (no %PDF header)" };
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = new BoundedFilterProvider(budget) });
            var content = extractor.Extract(pdf, cancellationToken);
            // PdfPig swallows some exceptions while it reads a page; a stream past the limit fails the file all the same.
            return budget.Exceeded is { } reason ? new PdfContent { Failure = reason } : content;
        }
        catch (PdfStreamTooLargeException e)
        {
            return new PdfContent { Failure = e.Message };
        }
        catch (PdfDocumentEncryptedException)
        {
            return new PdfContent { Failure = "encrypted PDF" };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            if (budget.Exceeded is { } reason) return new PdfContent { Failure = reason };
            // PdfPig reports damage with many exception types (format, tokenizer, stream, index errors); all mean "cannot read".
            return new PdfContent { Failure = $"corrupt or truncated PDF ({e.GetType().Name})" };
        }
    }
}
