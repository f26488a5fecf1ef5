using DocumentFormat.OpenXml.Packaging;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>Parses Excel workbooks (.xlsx, .xlsm).</summary>
public sealed class XlsxParser() : OoxmlParser<SpreadsheetDocument, XlsxContent>("xlsx", ["xlsx", "xlsm"], new XlsxBlockExtractor());
