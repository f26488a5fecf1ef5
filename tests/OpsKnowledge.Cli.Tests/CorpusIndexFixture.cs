using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests;

/// <summary>The bundled corpus ingested once into a temporary index, shared by the read-only tests of a class.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture()
    {
        var ingest = OpskProcess.Run("ingest", Corpus, "--index", Index);
        if (ingest.ExitCode != 0) throw new InvalidOperationException($"ingest failed: {ingest.Stderr}{ingest.Stdout}");
    }

    public string Index { get; } = Path.Combine(Path.GetTempPath(), "opsk-cli-corpus-" + Guid.NewGuid().ToString("N"));

    public static string Corpus => CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");

    public static string Root => Path.GetDirectoryName(Corpus)!;

    public OpskProcess.Result Run(params string[] args) => OpskProcess.Run([.. args, "--index", Index]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Index, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
