namespace OpsKnowledge.Repair;

/// <summary>A proposed replacement of <c>[Start, End)</c> of the text a repairer was given; <paramref name="Alternatives"/> are close runners-up of a guess.</summary>
public sealed record SpanRepair(int Start, int End, string After, double Confidence, string? Kind = null, IReadOnlyList<string>? Alternatives = null);
