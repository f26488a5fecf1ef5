using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Search;

namespace OpsKnowledge.Cli;

/// <summary>Opens the index a command asked for, turning "missing" and "locked" into one-line errors.</summary>
public static class IndexOpener
{
    /// <summary>The index folder the command last opened, so a damaged-index error can name it.</summary>
    public static string? LastDirectory { get; private set; }

    /// <summary>True for the exceptions Lucene throws when index files are damaged (checksums, truncation, unknown formats).</summary>
    public static bool IsDamage(Exception ex) =>
        ex is Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexFormatTooOldException or Lucene.Net.Index.IndexFormatTooNewException or EndOfStreamException
        || (ex is IOException && ex.GetType().Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true)
        || (ex.InnerException is { } inner && IsDamage(inner));

    /// <summary>One line: what is damaged and how to get a working index back.</summary>
    public static string DamageMessage(Exception ex)
    {
        var directory = LastDirectory ?? "the index folder";
        var first = ex.Message.ReplaceLineEndings(" ");
        if (first.Length > 120) first = first[..120] + "…";
        return $"the index at {directory} is damaged ({ex.GetType().Name}: {first}); move it aside (mv {directory} {directory}.damaged) and run 'opsk ingest' over your sources to rebuild it";
    }

    public static KnowledgeIndex ForReading(string? option)
    {
        var directory = IndexLocation.Resolve(option);
        LastDirectory = directory;
        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "segments*").Any())
        {
            throw new UserError($"no index at {directory}: run 'opsk ingest PATH' first, or point --index / OPSK_INDEX at an index");
        }
        return KnowledgeIndex.Open(directory, readOnly: true, DefaultIndexOptions.Instance);
    }

    public static KnowledgeIndex ForWriting(string? option)
    {
        var directory = IndexLocation.Resolve(option);
        LastDirectory = directory;
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
