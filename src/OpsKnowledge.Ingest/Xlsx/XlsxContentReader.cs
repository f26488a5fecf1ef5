using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>Opens XLSX bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class XlsxContentReader
{
    public static readonly string NotAZip = OoxmlFormat.Xlsx.NotAZip;

    public static XlsxContent? Read(XlsxBlockExtractor extractor, byte[] bytes, out string? failure, CancellationToken cancellationToken = default) =>
        OoxmlPackageReader.Read<SpreadsheetDocument, XlsxContent>(bytes, OoxmlFormat.Xlsx, stream => SpreadsheetDocument.Open(stream, false), document =>
        {
            var content = extractor.Extract(document, cancellationToken);
            if (content.Blocks.Count > 0) return (content, null);
            return (null, document.WorkbookPart is null ? $"{NotAZip} (no workbook part)" : "no text in the workbook");
        }, out failure, cancellationToken);
}
