using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests.Reliability;

/// <summary>A damaged index file makes every command say, in one line, what happened and what to do: never a raw Lucene error.</summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-damaged-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TruncatedCommitFile_IsReportedInOneLine_ByEveryCommand()
    {
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        var inbox = Path.Combine(_root, "inbox");
        var index = Path.Combine(_root, "index");
        Directory.CreateDirectory(inbox);
        File.Copy(Path.Combine(corpus, "cold-chain-operations-plan.md"), Path.Combine(inbox, "plan.md"));
        Assert.Equal(0, OpskProcess.Run("ingest", inbox, "--index", index).ExitCode);
        foreach (var segments in Directory.EnumerateFiles(index, "segments_*"))
        {
            var bytes = File.ReadAllBytes(segments);
            File.WriteAllBytes(segments, bytes[..(bytes.Length / 2)]);
        }

        foreach (var command in new[] { new[] { "docs" }, ["search", "客户满意度"], ["records"], ["show", "plan.md"], ["compare", "客户满意度"], ["ingest", inbox] })
        {
            var run = OpskProcess.Run([.. command, "--index", index]);

            Assert.True(run.ExitCode == 1, $"{command[0]}: exit {run.ExitCode}\n{run.Stderr}");
            var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("is damaged", line);
            Assert.Contains("opsk ingest", line);
            Assert.DoesNotContain("internal error", line);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
