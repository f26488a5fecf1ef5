namespace OpsKnowledge.Application.Ingestion;

/// <summary>What happened to one file.</summary>
public enum IngestStatus
{
    /// <summary>Read and indexed (new or changed).</summary>
    Ingested,
    /// <summary>Same content hash as the indexed copy: nothing to do.</summary>
    Unchanged,
    /// <summary>Could not be read; the reason says why. Entries indexed before stay.</summary>
    Failed,
}
