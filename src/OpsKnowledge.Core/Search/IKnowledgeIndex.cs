namespace OpsKnowledge.Core.Search;

/// <summary>One opened index with all its jobs: what the application holds while a command or the web front end runs.</summary>
public interface IKnowledgeIndex : IDocumentStore, IIndexWriter, IRecordQueries, IRankedSearch, IDisposable
{
    /// <summary>Where the index lives (a folder for the local index).</summary>
    string Directory { get; }

    bool IsReadOnly { get; }

    /// <summary>What opening for writing removed from a damaged index, in one line; null when nothing.</summary>
    string? Mended { get; }
}
