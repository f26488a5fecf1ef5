namespace OpsKnowledge.Application.Indexes;

/// <summary>An index that cannot be used, with a one-line message for the user; the backend's own exception is the inner one.</summary>
public sealed class IndexFailureException(IndexFailure failure, string directory, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public IndexFailure Failure { get; } = failure;

    /// <summary>The index folder the failure is about.</summary>
    public string Directory { get; } = directory;
}
