namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>A temporary index holding the sample corpus, shared by the read-only tests of a class.</summary>
public sealed class IndexFixture : IDisposable
{
    public IndexFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "opsk-search-" + Guid.NewGuid().ToString("N"));
        Index = KnowledgeIndex.Open(Folder);
        var simplified = SampleCorpus.Simplified();
        var traditional = SampleCorpus.Traditional();
        Index.Upsert(simplified.Document, simplified.Records);
        Index.Upsert(traditional.Document, traditional.Records);
        Index.Commit();
    }

    public string Folder { get; }

    public KnowledgeIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
