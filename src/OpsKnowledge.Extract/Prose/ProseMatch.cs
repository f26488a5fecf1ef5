using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>A record a prose pattern found; where matches overlap, the higher priority wins. <see cref="Origin"/> says how its name was formed.</summary>
public sealed record ProseMatch(Record Record, int Priority, NameOrigin Origin = NameOrigin.Grammar);
