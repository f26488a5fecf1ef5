using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>A Word document's body as source blocks (footnotes in a trailing section), its title, and footnotes found.</summary>
public sealed record DocxContent(string? Title, IReadOnlyList<SourceBlock> Blocks, int FootnoteCount) : IOoxmlContent;
