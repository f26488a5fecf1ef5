using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>Parses PowerPoint decks (.pptx), a slide a page.</summary>
public sealed class PptxParser() : OoxmlParser<PresentationDocument, PptxContent>("pptx", ["pptx"], new PptxBlockExtractor());
