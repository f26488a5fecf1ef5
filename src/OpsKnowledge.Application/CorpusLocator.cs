namespace OpsKnowledge.Application;

/// <summary>Finds the bundled corpus: the corpus/ folder of the checkout the program was built from, else ./corpus.</summary>
public static class CorpusLocator
{
    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var corpus = Path.Combine(directory.FullName, "corpus");
                if (File.Exists(Path.Combine(directory.FullName, "OpsKnowledge.sln")) && Directory.Exists(corpus)) return corpus;
            }
        }
        var local = Path.Combine(Directory.GetCurrentDirectory(), "corpus");
        return Directory.Exists(local) ? local : null;
    }
}
