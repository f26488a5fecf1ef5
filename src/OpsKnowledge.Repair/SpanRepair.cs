namespace OpsKnowledge.Repair;

/// <summary>A proposed replacement of <c>[Start, End)</c> of the text a repairer was given.</summary>
public sealed record SpanRepair(int Start, int End, string After, double Confidence, string? Kind = null);
