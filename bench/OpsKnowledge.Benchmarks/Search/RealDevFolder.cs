using OpsKnowledge.Application;

namespace OpsKnowledge.Benchmarks.Search;

/// <summary>Where the real development set and its judged queries are on a team machine.</summary>
internal static class RealDevFolder
{
    /// <summary>shared/real-dev beside the repository, when present.</summary>
    public static string? Locate()
    {
        if (Repository() is not { } repository) return null;
        var candidate = Path.GetFullPath(Path.Combine(repository, "..", "shared", "real-dev"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    /// <summary>The judged queries, kept in the repository beside this benchmark.</summary>
    public static string Queries() =>
        Path.Combine(Repository() ?? ".", "bench", "OpsKnowledge.Benchmarks", "Search", "real-queries.json");

    private static string? Repository() => CorpusLocator.Find() is { } corpus ? Path.GetDirectoryName(corpus) : null;
}
