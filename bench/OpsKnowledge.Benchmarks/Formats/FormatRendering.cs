namespace OpsKnowledge.Benchmarks.Formats;

/// <summary>One corpus file rendered into another format: the source, the rendered file (null when it could not be made) and why not.</summary>
public sealed record FormatRendering(string Format, string Source, string? Rendered, string? Failure);
