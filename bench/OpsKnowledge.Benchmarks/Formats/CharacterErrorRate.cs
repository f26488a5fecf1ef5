using System.Text;

namespace OpsKnowledge.Benchmarks.Formats;

/// <summary>Character error rate: edit distance between two texts with all whitespace removed, over the reference's length.</summary>
public static class CharacterErrorRate
{
    /// <summary>Errors and reference length, so rates over several documents are summed, not averaged.</summary>
    public static (int Errors, int Length) Measure(string reference, string hypothesis, bool foldWidth = false)
    {
        var a = Squeeze(reference, foldWidth);
        var b = Squeeze(hypothesis, foldWidth);
        return (EditDistance(a, b), a.Length);
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

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
