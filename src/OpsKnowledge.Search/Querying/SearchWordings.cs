using OpsKnowledge.Search.Analysis;

namespace OpsKnowledge.Search.Querying;

/// <summary>Groups of wordings a searcher takes for one another inside an indicator's name (GDP, 地区生产总值, 国内生产总值), read
/// from <c>search-wordings.txt</c>; a query's variants are the query with one wording replaced by each other of its group.</summary>
internal sealed class SearchWordings
{
    // A long query holding several wordings would otherwise multiply into dozens of phrases.
    private const int MaxVariants = 12;

    private readonly List<(string Wording, string[] Others)> _wordings;

    public SearchWordings(IEnumerable<string> lines)
    {
        _wordings = [];
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var group = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(ChineseTextFolder.Fold).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var wording in group) _wordings.Add((wording, group.Where(w => w != wording).ToArray()));
        }
        // Longest first, so 可再生能源发电装机 is replaced as a whole before 装机 inside it.
        _wordings.Sort((a, b) => b.Wording.Length.CompareTo(a.Wording.Length));
    }

    public static SearchWordings Default { get; } = Load();

    /// <summary>The text with one of its wordings replaced by each other wording of its group (folded); empty when it holds none.</summary>
    public IReadOnlyList<string> Variants(string text)
    {
        var folded = ChineseTextFolder.Fold(text);
        var variants = new List<string>();
        var covered = new bool[folded.Length];
        foreach (var (wording, others) in _wordings)
        {
            var at = folded.IndexOf(wording, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || covered[at]) continue;
            for (var i = at; i < at + wording.Length; i++) covered[i] = true;
            foreach (var other in others)
            {
                var variant = string.Concat(folded.AsSpan(0, at), other, folded.AsSpan(at + wording.Length));
                if (!variants.Contains(variant)) variants.Add(variant);
                if (variants.Count == MaxVariants) return variants;
            }
        }
        return variants;
    }

    private static SearchWordings Load()
    {
        var assembly = typeof(SearchWordings).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("search-wordings.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new SearchWordings(reader.ReadToEnd().Split('\n'));
    }
}
