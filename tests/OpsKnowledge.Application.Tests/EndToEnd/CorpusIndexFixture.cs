using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Tests.EndToEnd;

/// <summary>The bundled corpus ingested once into a temporary index, shared by the end-to-end tests.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture()
    {
        Corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found above the test folder");
        Directory = Path.Combine(Path.GetTempPath(), "opsk-e2e-" + Guid.NewGuid().ToString("N"));
        Index = KnowledgeIndex.Open(Directory);
        FirstIngest = new IngestService(DefaultPipeline.Instance, Index).IngestAsync([Corpus]).GetAwaiter().GetResult();
    }

    public string Corpus { get; }

    public string Directory { get; }

    public KnowledgeIndex Index { get; }

    public IngestSummary FirstIngest { get; }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
