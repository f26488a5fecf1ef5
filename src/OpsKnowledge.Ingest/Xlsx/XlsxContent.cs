using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>A workbook's visible sheets as source blocks (a section per sheet), its title, and how many sheets were read.</summary>
public sealed record XlsxContent(string? Title, IReadOnlyList<SourceBlock> Blocks, int SheetCount) : IOoxmlContent;
