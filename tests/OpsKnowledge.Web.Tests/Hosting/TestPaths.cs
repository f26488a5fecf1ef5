namespace OpsKnowledge.Web.Tests.Hosting;

/// <summary>Folders the tests read from and write to.</summary>
public static class TestPaths
{
    public static string Fixtures(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The checkout's root: the first folder up from the test binaries that holds OpsKnowledge.sln.</summary>
    public static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpsKnowledge.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("OpsKnowledge.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>artifacts/screenshots under the repo root, created on first use.</summary>
    public static string Screenshots()
    {
        var path = Path.Combine(RepoRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
