using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Cli;

/// <summary>Opens the index a command asked for, turning the application's index failures ("missing", "locked") into one-line errors.</summary>
public static class IndexOpener
{
    /// <summary>The index folder the command last opened, so a damaged-index error can name it.</summary>
    public static string? LastDirectory { get; private set; }

    public static IKnowledgeIndex ForReading(string? option) => Open(option, KnowledgeIndexes.OpenExisting);

    public static IKnowledgeIndex ForWriting(string? option) => Open(option, KnowledgeIndexes.OpenForWriting);

    private static IKnowledgeIndex Open(string? option, Func<string, IKnowledgeIndex> open)
    {
        var directory = IndexLocation.Resolve(option);
        LastDirectory = directory;
        try
        {
            return open(directory);
        }
        catch (IndexFailureException failure) when (failure.Failure is not IndexFailure.Corrupt)
        {
            throw new UserError(failure.Message);
        }
    }
}
