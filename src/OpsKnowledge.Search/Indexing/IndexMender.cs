using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Before an ingest writes, verifies every segment's checksums and drops the segments that fail, so their documents are indexed again.</summary>
/// <remarks>Every Lucene 4.8 index file ends in a checksum; reading them costs one sequential pass over the index. A dropped
/// segment takes whole documents with it (a document's entries are added as one block), so the ingest sees those documents as
/// missing, not unchanged, and indexes them from their sources. A commit file that cannot be read is left alone: the caller
/// names the damage, since nothing says which documents the index held.</remarks>
internal static class IndexMender
{
    /// <summary>Null when the index is sound (or empty); otherwise what was removed, in one line.</summary>
    public static string? Mend(LuceneDirectory directory, string path)
    {
        if (!DirectoryReader.IndexExists(directory) || SegmentsPassChecksums(directory)) return null;

        var checker = new CheckIndex(directory);
        var status = checker.DoCheckIndex();
        if (status.Clean) return null;
        // Without a readable commit there is nothing to keep; opening the writer reports the damage.
        if (status.MissingSegments || status.CantOpenSegments) return null;
        checker.FixIndex(status);
        return $"the index at {path} had {status.NumBadSegments} damaged segment(s) holding {status.TotLoseDocCount:N0} entries; they were removed and their documents are indexed again from the sources given (documents from other sources need their own ingest)";
    }

    private static bool SegmentsPassChecksums(LuceneDirectory directory)
    {
        try
        {
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            return true;
        }
        catch (Exception e) when (e is CorruptIndexException or EndOfStreamException or IOException)
        {
            return false;
        }
    }
}
