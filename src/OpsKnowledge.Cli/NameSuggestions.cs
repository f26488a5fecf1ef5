namespace OpsKnowledge.Cli;

/// <summary>The known names closest to one that was not found (shared characters, in order of how much they share), for "did you mean".</summary>
public static class NameSuggestions
{
    public static IReadOnlyList<string> Nearest(string wanted, IEnumerable<string> names, int count = 3)
    {
        var target = wanted.Trim().ToLowerInvariant();
        return names
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Score: Similarity(target, name.ToLowerInvariant())))
            .Where(n => n.Score > 0.2)
            .OrderByDescending(n => n.Score)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(n => n.Name)
            .ToList();
    }

    /// <summary>"; nearest: a, b, c" or nothing.</summary>
    public static string Suffix(string wanted, IEnumerable<string> names)
    {
        var nearest = Nearest(wanted, names);
        return nearest.Count == 0 ? "" : $"; nearest: {string.Join(", ", nearest)}";
    }

    // Dice over character bigrams (and single characters for very short names): 运营收入 is near 营业收入 and 运营成本.
    private static double Similarity(string a, string b)
    {
        var x = Grams(a);
        var y = Grams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var shared = x.Count(y.Remove);
        return 2.0 * shared / (x.Count + y.Count + shared);
    }

    private static List<string> Grams(string text)
    {
        var grams = text.Select(c => c.ToString()).ToList();
        for (var i = 0; i + 1 < text.Length; i++) grams.Add(text.Substring(i, 2));
        return grams;
    }
}
