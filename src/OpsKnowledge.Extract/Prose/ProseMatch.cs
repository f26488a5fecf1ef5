using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>A record a prose pattern found; where matches overlap, the higher priority wins.</summary>
public sealed record ProseMatch(Record Record, int Priority);
