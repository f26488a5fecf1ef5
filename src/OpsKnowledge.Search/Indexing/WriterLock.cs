using Lucene.Net.Store;

namespace OpsKnowledge.Search;

/// <summary>
/// One writing process per index folder. An exclusive OS file lock (flock on Linux) that the kernel releases when the
/// process ends, however it ends — so a killed ingest never leaves a stale lock, and a second writer is refused at once.
/// </summary>
/// <remarks>Lucene's own write.lock did not keep a second .NET process out here, and two writers delete each other's files.</remarks>
internal sealed class WriterLock : IDisposable
{
    public const string FileName = "opsk-writer.lock";

    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    public static WriterLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new LockObtainFailedException($"the index at {directory} is open for writing by another process", ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
