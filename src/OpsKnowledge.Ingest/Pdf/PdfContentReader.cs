using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Opens PDF bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class PdfContentReader
{
    public static PdfContent Read(PdfBlockExtractor extractor, byte[] bytes, CancellationToken cancellationToken = default)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            return new PdfContent { Failure = "not a PDF file (no %PDF header)" };
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            return extractor.Extract(pdf, cancellationToken);
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
            // PdfPig reports damage with many exception types (format, tokenizer, stream, index errors); all mean "cannot read".
            return new PdfContent { Failure = $"corrupt or truncated PDF ({e.GetType().Name})" };
        }
    }
}
