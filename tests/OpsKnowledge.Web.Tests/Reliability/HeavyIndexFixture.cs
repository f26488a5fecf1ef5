using OpsKnowledge.Search;
using Xunit;

namespace OpsKnowledge.Web.Tests.Reliability;

/// <summary>An index holding the heavy documents, written once for the class that serves them.</summary>
public sealed class HeavyIndexFixture : IDisposable
{
    public HeavyIndexFixture()
    {
        using var index = KnowledgeIndex.Open(IndexDirectory);
        index.Upsert(HeavyDocuments.ManyParagraphs(), []);
        index.Upsert(HeavyDocuments.Table(), []);
        index.Commit();
    }

    public string IndexDirectory { get; } = Path.Combine(Path.GetTempPath(), "opsk-web-heavy-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(IndexDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
