namespace OpsKnowledge.Application.Ingestion;

/// <summary>Reported after each file: how far the batch is.</summary>
public sealed record IngestProgress(int Done, int Total, IngestFileResult Last);
