using DocumentFormat.OpenXml.Packaging;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>Opens XLSX bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class XlsxContentReader
{
    public const string NotAZip = "not a valid XLSX (zip) file";

    public static XlsxContent? Read(XlsxBlockExtractor extractor, byte[] bytes, out string? failure, CancellationToken cancellationToken = default)
    {
        failure = null;
        // Encrypted workbooks and old .xls files are OLE compound files, not zip packages.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            failure = "encrypted XLSX or legacy .xls file (OLE container), not an XLSX package";
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
            using var document = SpreadsheetDocument.Open(stream, false);
            var content = extractor.Extract(document, cancellationToken);
            if (content.Blocks.Count == 0) failure = document.WorkbookPart is null ? $"{NotAZip} (no workbook part)" : "no text in the workbook";
            return failure is null ? content : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            failure = $"{NotAZip} ({e.GetType().Name})";
            return null;
        }
    }
}
