namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>A fresh folder under the temp path, deleted when the test ends.</summary>
internal sealed class TempIndexFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "opsk-search-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
