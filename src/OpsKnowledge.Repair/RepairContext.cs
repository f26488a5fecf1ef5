using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Repair;

/// <summary>The text one repairer works on, the tools it scores with, and where it puts its findings.</summary>
public sealed class RepairContext
{
    public RepairContext(string text, ICandidateScorer scorer, RepairOptions options, RepairState state)
    {
        Text = text;
        Scorer = scorer;
        Options = options;
        State = state;
    }

    public string Text { get; }

    public ICandidateScorer Scorer { get; }

    public RepairOptions Options { get; }

    public RepairState State { get; }

    /// <summary>Proposed repairs, offsets into <see cref="Text"/>; overlapping ones after the first are dropped.</summary>
    public List<SpanRepair> Repairs { get; } = [];

    /// <summary>Spans that looked damaged but had no clear winner, offsets into <see cref="Text"/>.</summary>
    public List<UnrecoveredSpan> Unrecovered { get; } = [];

    /// <summary>True when <paramref name="candidate"/> beats <paramref name="original"/> by the configured margin.</summary>
    public bool ClearlyBetter(double candidate, double original) => candidate - original >= Options.MinimumGain;

    /// <summary>True when <paramref name="replacement"/> reads as Chinese on its own (context may hold other damage).</summary>
    public bool ReadsWell(string replacement) => Scorer.Score(replacement) >= Options.MinimumScore;
}
