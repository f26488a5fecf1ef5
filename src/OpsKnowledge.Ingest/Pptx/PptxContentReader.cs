using DocumentFormat.OpenXml.Packaging;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>Opens PPTX bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class PptxContentReader
{
    public const string NotAZip = "not a valid PPTX (zip) file";

    public static PptxContent? Read(PptxBlockExtractor extractor, byte[] bytes, out string? failure, CancellationToken cancellationToken = default)
    {
        failure = null;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            failure = "encrypted PPTX or legacy .ppt file (OLE container), not a PPTX package";
            return null;
        }
        if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            failure = NotAZip;
            return null;
        }
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = PresentationDocument.Open(stream, false);
            var content = extractor.Extract(document, cancellationToken);
            if (content.Blocks.Count == 0) failure = document.PresentationPart is null ? $"{NotAZip} (no presentation part)" : "no slides in the deck";
            return failure is null ? content : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            failure = $"{NotAZip} ({e.GetType().Name})";
            return null;
        }
    }
}
