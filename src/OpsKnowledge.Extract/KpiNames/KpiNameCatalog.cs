using System.Reflection;
using OpsKnowledge.Core.Records;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract.KpiNames;

/// <summary>Canonical KPI names with their synonyms and direction, read from the editable kpi-names.txt (embedded in the assembly).</summary>
public sealed class KpiNameCatalog
{
    private readonly Dictionary<string, KpiName> byKey = new(StringComparer.Ordinal);

    // The same keys looked up by span, so that each suffix of a name is tried without a substring.
    private readonly Dictionary<string, KpiName>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private readonly int longestKey;

    /// <summary>The catalog shipped with the assembly.</summary>
    public static KpiNameCatalog Default { get; } = LoadEmbedded();

    public IReadOnlyCollection<KpiName> Names { get; }

    private KpiNameCatalog(IReadOnlyList<KpiName> names)
    {
        Names = names;
        foreach (var name in names)
        {
            foreach (var synonym in name.Synonyms.Prepend(name.CanonicalName))
            {
                var key = Key(synonym);
                if (key.Length == 0 || byKey.ContainsKey(key)) continue;
                byKey[key] = name;
                longestKey = Math.Max(longestKey, key.Length);
            }
        }
        bySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the catalog format: "canonical | synonym | …  ; up|down", "#" comments.</summary>
    public static KpiNameCatalog Parse(string text)
    {
        var names = new List<KpiName>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            Direction? direction = null;
            var semicolon = line.LastIndexOf(';');
            if (semicolon >= 0)
            {
                direction = line[(semicolon + 1)..].Trim().ToLowerInvariant() switch
                {
                    "up" => Direction.Up,
                    "down" => Direction.Down,
                    _ => null,
                };
                line = line[..semicolon];
            }
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            names.Add(new KpiName(parts[0], parts[1..], direction));
        }
        return new KpiNameCatalog(names);
    }

    public static KpiNameCatalog Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>The indicator whose canonical name or a synonym is exactly this name (compared as <see cref="Key"/>), or null.</summary>
    public KpiName? FindExact(string name) => byKey.GetValueOrDefault(Key(name));

    /// <summary>The indicator a name stands for: exact match on a synonym, else the longest synonym the name ends with.</summary>
    public KpiName? Find(string name)
    {
        var key = Key(name);
        if (key.Length == 0) return null;
        if (byKey.TryGetValue(key, out var exact)) return exact;
        // Longest suffix first, so that 客户满意度 wins over 满意度 when a name ends with both;
        // a bare two-character synonym (营收) inside a longer name is too weak to rely on.
        for (var length = Math.Min(key.Length - 1, longestKey); length >= 3; length--)
        {
            if (bySpan.TryGetValue(key.AsSpan(key.Length - length), out var kpi)) return kpi;
        }
        return null;
    }

    /// <summary>A name without spaces and punctuation, for comparing wordings.</summary>
    public static string Key(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            buffer[n++] = LowerInvariant(ScriptFolding.ForExtraction.ToSimplified(c));
        }
        return new string(buffer[..n]);
    }

    // Ideographs have no case: skipping the culture tables for them keeps Key cheap on Chinese names.
    private static char LowerInvariant(char c) =>
        char.IsAscii(c) ? char.ToLowerInvariant(c) : c is >= '\u3400' and <= '\u9FFF' ? c : char.ToLowerInvariant(c);

    private static KpiNameCatalog LoadEmbedded()
    {
        var assembly = typeof(KpiNameCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream("OpsKnowledge.Extract.KpiNames.kpi-names.txt")
            ?? throw new InvalidOperationException("kpi-names.txt is not embedded in OpsKnowledge.Extract.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
