using System.IO.Compression;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>How many bytes one PDF may decode: per stream and for the whole document, counted as filters run.</summary>
/// <remarks>One Flate layer inflates at most about 1,000-fold, but filters chain (<c>[/FlateDecode /FlateDecode]</c>) and many pages may share
/// one stream, so a 5 KB file can ask for gigabytes. Not thread-safe: one budget per open document.</remarks>
public sealed class PdfDecodeBudget(long maxStreamBytes = PdfDecodeBudget.DefaultMaxStreamBytes, long maxDocumentBytes = PdfDecodeBudget.DefaultMaxDocumentBytes)
{
    /// <summary>Far above any page's content stream or font; an uncompressed A4 page image at 300 dpi is 26 MB.</summary>
    public const long DefaultMaxStreamBytes = 64L * 1024 * 1024;

    /// <summary>All decoding of one document together, repeated decodes included.</summary>
    public const long DefaultMaxDocumentBytes = 1024L * 1024 * 1024;

    private long _decoded;

    /// <summary>The reason, once a limit was passed (a library may swallow the exception; the reader fails the file all the same).</summary>
    public string? Exceeded { get; private set; }

    /// <summary>Inflates <paramref name="input"/> into nothing, only to measure it, and throws as soon as it passes the stream limit.</summary>
    public void MeasureFlate(ReadOnlyMemory<byte> input)
    {
        var span = input.Span;
        // A zlib header (CMF/FLG) is two bytes PdfPig skips too; without one the data is read as raw deflate.
        var skip = span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0 ? 2 : 0;
        using var deflate = new DeflateStream(new MemoryStream(input[skip..].ToArray(), writable: false), CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        long length = 0;
        try
        {
            int read;
            while ((read = deflate.Read(buffer)) > 0)
            {
                length += read;
                if (length > maxStreamBytes) Fail(StreamReason());
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data ends the stream here; the library decides what to make of it.
        }
    }

    /// <summary>Counts one filter's output against both limits.</summary>
    public void Count(long decodedBytes)
    {
        if (decodedBytes > maxStreamBytes) Fail(StreamReason());
        _decoded += decodedBytes;
        if (_decoded > maxDocumentBytes) Fail($"PDF streams inflate past {Megabytes(maxDocumentBytes)} together");
    }

    private string StreamReason() => $"PDF stream inflates past {Megabytes(maxStreamBytes)}";

    private void Fail(string reason)
    {
        Exceeded ??= reason;
        throw new PdfStreamTooLargeException(reason);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024):N0} MB";
}
