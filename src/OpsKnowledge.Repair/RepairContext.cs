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

    /// <summary>Runs this repairer searched without finding a repair.</summary>
    public int FailedRuns { get; private set; }

    /// <summary>Runs this repairer searched and repaired.</summary>
    public int RepairedRuns { get; private set; }

    /// <summary>Takes one candidate search from the document's budget; false when the budget is spent or this repairer keeps failing (junk, not damaged Chinese).</summary>
    public bool TryStartSearch()
    {
        if (State.CandidateSearchesLeft < 0)
        {
            State.CandidateSearchesLeft = Math.Max(Options.MinimumCandidateSearches, (int)Math.Min(int.MaxValue, (long)Text.Length * Options.CandidateSearchesPerThousandChars / 1000));
        }
        if (State.CandidateSearchesLeft == 0) return false;
        if (FailedRuns >= Options.MaxFailedRuns && FailedRuns > 16 * RepairedRuns) return false;
        State.CandidateSearchesLeft--;
        return true;
    }

    /// <summary>Records how a search begun with <see cref="TryStartSearch"/> ended.</summary>
    public void EndSearch(bool repaired)
    {
        if (repaired) RepairedRuns++;
        else FailedRuns++;
    }

    /// <summary>True when <paramref name="candidate"/> beats <paramref name="original"/> by the configured margin.</summary>
    public bool ClearlyBetter(double candidate, double original) => candidate - original >= Options.MinimumGain;

    /// <summary>True when <paramref name="replacement"/> reads as Chinese on its own (context may hold other damage).</summary>
    public bool ReadsWell(string replacement) => Scorer.Score(replacement) >= Options.MinimumScore;
}
