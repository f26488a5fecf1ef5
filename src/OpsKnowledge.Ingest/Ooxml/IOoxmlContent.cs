using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Ooxml;

/// <summary>What every Office Open XML format yields: source blocks, a title, and pages where the format has them (slides).</summary>
public interface IOoxmlContent
{
    string? Title { get; }

    IReadOnlyList<SourceBlock> Blocks { get; }

    /// <summary>Slides for a deck; null for formats without pages.</summary>
    int? PageCount => null;
}
