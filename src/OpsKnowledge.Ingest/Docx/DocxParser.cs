using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Parses Word (.docx) files.</summary>
public sealed class DocxParser() : OoxmlParser<WordprocessingDocument, DocxContent>("docx", ["docx"], new DocxBlockExtractor());
