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

    [Fact]
    public void DamagedSegmentFile_IsMendedByTheNextIngest_AndEveryDocumentIsFoundAgain()
    {
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        var inbox = Path.Combine(_root, "inbox");
        var index = Path.Combine(_root, "index");
        Directory.CreateDirectory(inbox);
        var names = new[] { "cold-chain-operations-plan.md", "hospital-outpatient-service-plan.txt", "city-gas-annual-business-plan.txt" };
        foreach (var name in names) File.Copy(Path.Combine(corpus, name), Path.Combine(inbox, name));
        Assert.Equal(0, OpskProcess.Run("ingest", inbox, "--index", index).ExitCode);
        // Damage the stored fields of every segment in the middle of the file: the segments open, but their checksums fail.
        var storedFields = Directory.EnumerateFiles(index, "*.fdt").ToList();
        Assert.NotEmpty(storedFields);
        foreach (var file in storedFields)
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = bytes.Length / 2; i < bytes.Length / 2 + 16; i++) bytes[i] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
        }

        var again = OpskProcess.Run("ingest", inbox, "--index", index, "--json");

        Assert.True(again.ExitCode == 0, $"exit {again.ExitCode}\n{again.Stderr}");
        Assert.Contains("damaged segment(s)", again.Stderr);
        Assert.Equal(names.Length, again.Lines.Count(l => l.Contains("\"status\":\"ingested\"", StringComparison.Ordinal)));
        foreach (var name in names)
        {
            var search = OpskProcess.Run("search", "目标", "--doc", name, "--index", index, "--json");
            Assert.True(search.ExitCode == 0, $"{name}: exit {search.ExitCode}\n{search.Stderr}");
            Assert.Contains(search.Lines, l => l.Contains($"\"doc\":\"{name}\"", StringComparison.Ordinal));
        }
        Assert.Equal(0, OpskProcess.Run("docs", "--index", index).ExitCode);
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
