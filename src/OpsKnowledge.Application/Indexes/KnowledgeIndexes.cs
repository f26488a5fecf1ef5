using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Indexes;

/// <summary>Opens the index behind the ports, and turns the backend's "missing", "locked" and "damaged" into <see cref="IndexFailureException"/>.</summary>
/// <remarks>The one place outside the Search project that knows the index is Lucene: the front ends see only the ports.</remarks>
public static class KnowledgeIndexes
{
    /// <summary>Opens an index read-only; a missing or empty folder reads as an empty index until something is committed there.</summary>
    public static IKnowledgeIndex Open(string directory) => KnowledgeIndex.Open(directory, readOnly: true, DefaultIndexOptions.Instance);

    /// <summary>Opens an existing index read-only; <see cref="IndexFailure.Missing"/> when there is none yet.</summary>
    public static IKnowledgeIndex OpenExisting(string directory)
    {
        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "segments*").Any())
        {
            throw new IndexFailureException(IndexFailure.Missing, directory,
                $"no index at {directory}: run 'opsk ingest PATH' first, or point --index / OPSK_INDEX at an index");
        }
        return Open(directory);
    }

    /// <summary>Opens (or creates) an index for writing; <see cref="IndexFailure.Locked"/> while another process writes it.</summary>
    public static IKnowledgeIndex OpenForWriting(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return KnowledgeIndex.Open(directory, options: DefaultIndexOptions.Instance);
        }
        catch (Exception ex) when (KnowledgeIndex.IsLocked(ex))
        {
            throw new IndexFailureException(IndexFailure.Locked, directory,
                $"the index at {directory} is being written by another opsk process; wait for it to finish and run again", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IndexFailureException(IndexFailure.Denied, directory, $"cannot write the index at {directory}: {ex.Message}", ex);
        }
    }

    /// <summary>The index failure an exception stands for (itself, one it wraps, or damaged index files), or null when it is none.</summary>
    /// <param name="directory">The index folder, named in the message; null when unknown.</param>
    public static IndexFailureException? AsFailure(Exception ex, string? directory)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is IndexFailureException failure) return failure;
        }
        if (!KnowledgeIndex.IsDamage(ex)) return null;
        var folder = directory ?? "the index folder";
        var first = ex.Message.ReplaceLineEndings(" ");
        if (first.Length > 120) first = first[..120] + "…";
        return new IndexFailureException(IndexFailure.Corrupt, folder,
            $"the index at {folder} is damaged ({ex.GetType().Name}: {first}); move it aside (mv {folder} {folder}.damaged) and run 'opsk ingest' over your sources to rebuild it", ex);
    }
}
