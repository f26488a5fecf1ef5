using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Ooxml;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>A deck's slides as source blocks (a section per slide, speaker notes in a trailing section), its title and counts.</summary>
public sealed record PptxContent(string? Title, IReadOnlyList<SourceBlock> Blocks, int SlideCount, int NotesCount) : IOoxmlContent
{
    int? IOoxmlContent.PageCount => SlideCount;
}
