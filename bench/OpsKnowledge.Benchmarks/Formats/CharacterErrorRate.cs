using System.Text;
using OpsKnowledge.Benchmarks.Repair;

namespace OpsKnowledge.Benchmarks.Formats;

/// <summary>Character error rate: edit distance between two texts with all whitespace removed, over the reference's length.</summary>
public static class CharacterErrorRate
{
    /// <summary>Errors and reference length, so rates over several documents are summed, not averaged.</summary>
    public static (int Errors, int Length) Measure(string reference, string hypothesis, bool foldWidth = false)
    {
        var a = Squeeze(reference, foldWidth);
        var b = Squeeze(hypothesis, foldWidth);
        return (RepairBenchmark.EditDistance(a, b), a.Length);
    }

    private static string Squeeze(string text, bool foldWidth)
    {
        // NFKC folds full-width letters, digits and punctuation (，：％) to their ASCII forms; a diagnostic, not the headline rate.
        var source = foldWidth ? text.Normalize(NormalizationForm.FormKC) : text;
        var squeezed = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (!char.IsWhiteSpace(c)) squeezed.Append(c);
        }
        return squeezed.ToString();
    }
}
