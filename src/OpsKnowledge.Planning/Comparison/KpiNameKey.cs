using System.Text;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Folds a KPI name to the key names are matched by: full/half width folded, spaces removed, lower case.</summary>
internal static class KpiNameKey
{
    public static string Of(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The key of a name after mapping synonyms to the canonical name.</summary>
    public static string Canonical(string name, Func<string, string?>? canonicalize) =>
        Of(canonicalize?.Invoke(name) ?? name);
}
