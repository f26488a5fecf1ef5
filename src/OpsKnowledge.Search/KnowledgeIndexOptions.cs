namespace OpsKnowledge.Search;

/// <summary>How an opened <see cref="KnowledgeIndex"/> reads queries; the defaults need nothing from other stages.</summary>
public sealed record KnowledgeIndexOptions
{
    public static KnowledgeIndexOptions Default { get; } = new();

    /// <summary>Other wordings of a query word or part that name the same thing (客户满意率 for 客户满意度), searched too at a lower weight; none by default.</summary>
    public Func<string, IReadOnlyList<string>>? Synonyms { get; init; }
}
