using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>Opens PPTX bytes and extracts blocks, turning every way a file can be unreadable into one failure reason.</summary>
public static class PptxContentReader
{
    public static readonly string NotAZip = OoxmlFormat.Pptx.NotAZip;

    public static PptxContent? Read(PptxBlockExtractor extractor, byte[] bytes, out string? failure, CancellationToken cancellationToken = default) =>
        OoxmlPackageReader.Read<PresentationDocument, PptxContent>(bytes, OoxmlFormat.Pptx, stream => PresentationDocument.Open(stream, false), document =>
        {
            var content = extractor.Extract(document, cancellationToken);
            if (content.Blocks.Count > 0) return (content, null);
            return (null, document.PresentationPart is null ? $"{NotAZip} (no presentation part)" : "no slides in the deck");
        }, out failure, cancellationToken);
}
