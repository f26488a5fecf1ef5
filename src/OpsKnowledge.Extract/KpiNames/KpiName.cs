using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.KpiNames;

/// <summary>One indicator of the catalog: its canonical name, the other wordings plans use, and whether up is good.</summary>
public sealed record KpiName(string CanonicalName, IReadOnlyList<string> Synonyms, Direction? Direction);
