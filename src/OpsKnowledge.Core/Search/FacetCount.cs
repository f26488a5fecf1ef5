namespace OpsKnowledge.Core.Search;

/// <summary>How many hits a search would have with one more filter value: kind, document or scope.</summary>
public sealed record FacetCount(string Value, int Count);
