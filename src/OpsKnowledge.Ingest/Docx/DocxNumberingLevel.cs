namespace OpsKnowledge.Ingest.Docx;

/// <summary>One level of a numbering definition (w:lvl): start, format, label template and what follows the label.</summary>
internal sealed record DocxNumberingLevel(int Start, string Format, string Text, bool Legal, string Suffix);
