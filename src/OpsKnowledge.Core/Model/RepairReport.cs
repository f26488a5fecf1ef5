namespace OpsKnowledge.Core.Model;

/// <summary>What the repair stage changed and what it could not recover. Offsets are into the text given to the repairer.</summary>
public sealed record RepairReport
{
    public static RepairReport None { get; } = new();

    /// <summary>The encoding the bytes were decoded with, when the input was bytes.</summary>
    public string? Encoding { get; init; }

    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];

    public IReadOnlyList<UnrecoveredSpan> Unrecovered { get; init; } = [];

    /// <summary>How many lines of site furniture (page titles, preview notices, footers) were removed.</summary>
    public int BoilerplateRemoved { get; init; }

    /// <summary>True when the source was only a preview of a longer document.</summary>
    public bool Partial { get; init; }

    public int? PagesShown { get; init; }

    public int? PagesTotal { get; init; }
}

/// <summary>One change made by a repairer: the span of the input it replaced, and with what.</summary>
public sealed record TextRepair(string Kind, int Start, int End, string Before, string After, double Confidence)
{
    /// <summary>Confidence below which a repair is a guess: shown as such, its alternatives listed, records resting on it marked uncertain.</summary>
    public const double GuessBelow = 0.6;

    /// <summary>Other readings that came close (a near tie), best first; null when the winner was clear.</summary>
    public IReadOnlyList<string>? Alternatives { get; init; }

    /// <summary>True when the repair is a guess rather than a clear winner.</summary>
    public bool IsGuess => Confidence < GuessBelow;
}

/// <summary>A span that looked damaged but had no candidate that clearly won; it was left as it was.</summary>
public sealed record UnrecoveredSpan(int Start, int End, string Text, string Reason);
