namespace OpsKnowledge.Repair.Mojibake;

/// <summary>The best reading of a byte stream with unknown bytes, how far it leads the next different reading, and the runners-up (for a guess's alternatives).</summary>
public sealed record GapReading(string Text, double Margin, int Guessed, IReadOnlyList<string> Alternatives);
