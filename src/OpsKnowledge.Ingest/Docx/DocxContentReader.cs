using DocumentFormat.OpenXml.Packaging;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Opens DOCX bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class DocxContentReader
{
    public const string NotAZip = "not a valid DOCX (zip) file";

    public static DocxContent? Read(DocxBlockExtractor extractor, byte[] bytes, out string? failure)
    {
        failure = null;
        // Word's encrypted files and old .doc files are OLE compound files, not zip packages.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            failure = "encrypted DOCX or legacy .doc file (OLE container), not supported";
            return null;
        }
        if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            failure = NotAZip;
            return null;
        }
        if (DocxNestingCheck.Check(bytes) is { } tooDeep)
        {
            failure = tooDeep;
            return null;
        }
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var content = extractor.Extract(document);
            if (content.Blocks.Count == 0) failure = document.MainDocumentPart?.Document?.Body is null ? $"{NotAZip} (no Word document part)" : "no text in the document";
            return failure is null ? content : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            // The library's own words: "not a zip" only when the zip itself is what failed.
            failure = e is System.Xml.XmlException xml ? $"malformed XML in the DOCX: {OneLine(xml.Message)}" : $"{NotAZip} ({e.GetType().Name}: {OneLine(e.Message)})";
            return null;
        }
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
