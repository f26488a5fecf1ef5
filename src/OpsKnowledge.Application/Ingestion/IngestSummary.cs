namespace OpsKnowledge.Application.Ingestion;

/// <summary>A finished batch: one result per file, plus totals.</summary>
public sealed record IngestSummary(IReadOnlyList<IngestFileResult> Files, TimeSpan Elapsed)
{
    public int Ingested => Files.Count(f => f.Status == IngestStatus.Ingested);

    public int Unchanged => Files.Count(f => f.Status == IngestStatus.Unchanged);

    public int Failed => Files.Count(f => f.Status == IngestStatus.Failed);

    public int Sections => Files.Sum(f => f.Sections);

    public int Tables => Files.Sum(f => f.Tables);

    public int Records => Files.Sum(f => f.Records);

    public int Repairs => Files.Sum(f => f.Repairs);

    public long Bytes => Files.Sum(f => f.Bytes);
}
