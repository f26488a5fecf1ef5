namespace OpsKnowledge.Application.Watching;

/// <summary>One change the watcher made to the index (or a file it could not read), as the line a user sees.</summary>
public sealed record WatchChange
{
    public required WatchChangeKind Kind { get; init; }

    public required string Path { get; init; }

    public required string DocId { get; init; }

    public int Records { get; init; }

    /// <summary>Why the file was not read; only for <see cref="WatchChangeKind.Failed"/>.</summary>
    public string? Reason { get; init; }

    public override string ToString() => Kind switch
    {
        WatchChangeKind.Added => $"added {Path} ({Records} records)",
        WatchChangeKind.Updated => $"updated {Path} ({Records} records)",
        WatchChangeKind.Removed => $"removed {Path}",
        _ => $"{Path}: {Reason}",
    };
}
