namespace OpsKnowledge.Application.Watching;

/// <summary>What happened to one watched file's document.</summary>
public enum WatchChangeKind
{
    Added,
    Updated,
    Removed,
    Failed,
}
