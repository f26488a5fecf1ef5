using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Opens DOCX bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class DocxContentReader
{
    public static readonly string NotAZip = OoxmlFormat.Docx.NotAZip;

    public static DocxContent? Read(DocxBlockExtractor extractor, byte[] bytes, out string? failure, CancellationToken cancellationToken = default) =>
        OoxmlPackageReader.Read<WordprocessingDocument, DocxContent>(bytes, OoxmlFormat.Docx, stream => WordprocessingDocument.Open(stream, false), document =>
        {
            var content = extractor.Extract(document);
            if (content.Blocks.Count > 0) return (content, null);
            return (null, document.MainDocumentPart?.Document?.Body is null ? $"{NotAZip} (no Word document part)" : "no text in the document");
        }, out failure, cancellationToken);
}
