using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Search.Snippets;

/// <summary>A window of a hit's text with the query's matches marked; highlight offsets are relative to <see cref="Text"/>.</summary>
public sealed record Snippet
{
    public required string Text { get; init; }

    public required IReadOnlyList<TextSpan> Highlights { get; init; }

    /// <summary>Where the window starts in the text it was cut from.</summary>
    public int Start { get; init; }
}
