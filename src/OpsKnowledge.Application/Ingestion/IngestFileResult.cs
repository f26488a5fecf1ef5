namespace OpsKnowledge.Application.Ingestion;

/// <summary>The outcome for one file of a batch, with counts for the summary.</summary>
public sealed record IngestFileResult
{
    public required string Path { get; init; }

    public required IngestStatus Status { get; init; }

    public string? DocId { get; init; }

    public string? Reason { get; init; }

    /// <summary>Something went wrong after the document was read (e.g. record extraction); the document is indexed all the same.</summary>
    public string? Warning { get; init; }

    public int Sections { get; init; }

    public int Tables { get; init; }

    public int Records { get; init; }

    public int Repairs { get; init; }

    public bool Partial { get; init; }

    public long Bytes { get; init; }

    public TimeSpan Elapsed { get; init; }
}
