namespace OpsKnowledge.Repair;

/// <summary>Scores how plausible a piece of text is as Chinese plan text; repairers compare candidates with it.</summary>
public interface ICandidateScorer
{
    /// <summary>Average plausibility per character; higher is better, comparable across candidates of different length.</summary>
    double Score(string text);

    /// <summary>True when <paramref name="text"/> holds a character that no correct decoding produces (private use, unassigned, U+FFFD).</summary>
    bool HasImpossible(ReadOnlySpan<char> text);
}
