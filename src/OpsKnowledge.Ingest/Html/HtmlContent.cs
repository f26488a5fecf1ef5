using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Html;

/// <summary>The main content of a page as source blocks, its title, and how many furniture elements were dropped.</summary>
public sealed record HtmlContent(string? Title, IReadOnlyList<SourceBlock> Blocks, int FurnitureRemoved);
