namespace OpsKnowledge.Search.Querying;

/// <summary>What a user typed, split into plain text, quoted phrases and exclusions.</summary>
public sealed record UserQuery
{
    public required IReadOnlyList<UserQueryPart> Parts { get; init; }

    public bool IsEmpty => Parts.Count == 0;
}

/// <summary>One piece of a user query: free text (any of its words may match), a phrase (must match as written) or an excluded term or phrase.</summary>
public sealed record UserQueryPart
{
    public required string Text { get; init; }

    public bool IsPhrase { get; init; }

    public bool IsExcluded { get; init; }
}
