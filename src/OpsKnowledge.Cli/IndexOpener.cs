using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Search;

namespace OpsKnowledge.Cli;

/// <summary>Opens the index a command asked for, turning "missing" and "locked" into one-line errors.</summary>
public static class IndexOpener
{
    public static KnowledgeIndex ForReading(string? option)
    {
        var directory = IndexLocation.Resolve(option);
        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "segments*").Any())
        {
            throw new UserError($"no index at {directory}: run 'opsk ingest PATH' first, or point --index / OPSK_INDEX at an index");
        }
        return KnowledgeIndex.Open(directory, readOnly: true, DefaultIndexOptions.Instance);
    }

    public static KnowledgeIndex ForWriting(string? option)
    {
        var directory = IndexLocation.Resolve(option);
        try
        {
            Directory.CreateDirectory(directory);
            return KnowledgeIndex.Open(directory, options: DefaultIndexOptions.Instance);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            throw new UserError($"the index at {directory} is being written by another opsk process; wait for it to finish and run again", 1);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UserError($"cannot write the index at {directory}: {ex.Message}");
        }
    }
}
