using OpsKnowledge.Application.Indexes;

namespace OpsKnowledge.Application.Tests.Indexes;

/// <summary>Opening an index turns the backend's "missing", "locked" and "damaged" into the application's own failures.</summary>
public sealed class KnowledgeIndexesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-indexes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EmptyFolder_IsAMissingIndex()
    {
        Directory.CreateDirectory(_root);

        var failure = Assert.Throws<IndexFailureException>(() => KnowledgeIndexes.OpenExisting(_root));

        Assert.Equal(IndexFailure.Missing, failure.Failure);
        Assert.Contains("opsk ingest", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void SecondWriter_IsALockedIndex()
    {
        using var first = KnowledgeIndexes.OpenForWriting(_root);

        var failure = Assert.Throws<IndexFailureException>(() => KnowledgeIndexes.OpenForWriting(_root));

        Assert.Equal(IndexFailure.Locked, failure.Failure);
        Assert.Contains("another opsk process", failure.Message);
    }

    [Fact]
    public void TruncatedCommitFile_IsACorruptIndex()
    {
        using (var index = KnowledgeIndexes.OpenForWriting(_root)) index.Commit();
        foreach (var segments in Directory.EnumerateFiles(_root, "segments_*"))
        {
            var bytes = File.ReadAllBytes(segments);
            File.WriteAllBytes(segments, bytes[..(bytes.Length / 2)]);
        }

        var thrown = Record.Exception(() =>
        {
            using var index = KnowledgeIndexes.OpenExisting(_root);
            index.Documents();
        });

        var failure = KnowledgeIndexes.AsFailure(Assert.IsAssignableFrom<Exception>(thrown), _root);
        Assert.NotNull(failure);
        Assert.Equal(IndexFailure.Corrupt, failure.Failure);
        Assert.Contains($"the index at {_root} is damaged", failure.Message);
    }

    [Fact]
    public void OrdinaryException_IsNoIndexFailure() =>
        Assert.Null(KnowledgeIndexes.AsFailure(new InvalidOperationException("a bug"), _root));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
