namespace OpsKnowledge.Search.Querying;

/// <summary>The folded terms a query looks for, by analysis: dictionary words and character bigrams; the snippet highlighter marks them.</summary>
public sealed record HighlightTerms
{
    public static HighlightTerms Empty { get; } = new() { Words = new HashSet<string>(), Bigrams = new HashSet<string>() };

    public required IReadOnlySet<string> Words { get; init; }

    public required IReadOnlySet<string> Bigrams { get; init; }

    public bool IsEmpty => Words.Count == 0 && Bigrams.Count == 0;
}
