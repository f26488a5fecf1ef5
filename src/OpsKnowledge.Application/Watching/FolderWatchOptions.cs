using OpsKnowledge.Application.Ingestion;

namespace OpsKnowledge.Application.Watching;

/// <summary>How a <see cref="FolderWatcher"/> reads files and how long a file must be quiet before it is read.</summary>
public sealed record FolderWatchOptions
{
    public static FolderWatchOptions Default { get; } = new();

    /// <summary>Limits for reading each file, as for <c>opsk ingest</c>.</summary>
    public IngestOptions Ingest { get; init; } = IngestOptions.Default;

    /// <summary>A file is read once no event has touched it for this long: a burst of writes is one ingest, and a file being copied is not read half-way.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(500);
}
