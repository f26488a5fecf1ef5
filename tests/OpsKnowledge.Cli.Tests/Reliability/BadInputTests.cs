using System.Text.Json;
using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests.Reliability;

/// <summary>`opsk ingest` over a folder of hostile and broken files: each gets a clear result, the good ones are indexed, memory stays bounded.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-bad-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EveryFile_GetsAResult_GoodFilesAreIndexed_AndExitCodeIs2()
    {
        var folder = Path.Combine(_root, "inbox");
        var index = Path.Combine(_root, "index");
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        // The huge file exceeds the limit this run sets (--max-file-mb 64): it must be refused without being read.
        var expected = BadInputCorpus.Write(folder, corpus, hugeFileBytes: 200L * 1024 * 1024);

        var run = OpskProcess.Run("ingest", folder, "--index", index, "--json", "--max-file-mb", "64", "--timeout", "60");

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}\n{run.Stderr}\n{run.Stdout}");
        Assert.DoesNotContain("   at ", run.Stderr);
        var results = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var (name, indexed) in expected)
        {
            var result = Assert.Single(results, r => Path.GetFileName(r.GetProperty("path").GetString()) == name);
            var status = result.GetProperty("status").GetString();
            if (indexed is null)
            {
                Assert.True(status is "ingested" || result.TryGetProperty("reason", out _), $"{name}: {result}");
            }
            else if (indexed.Value)
            {
                Assert.True(status == "ingested", $"{name}: {result}");
            }
            else
            {
                Assert.True(status == "failed", $"{name} should fail: {result}");
                var reason = result.GetProperty("reason").GetString();
                Assert.False(string.IsNullOrWhiteSpace(reason), name);
                Assert.True(reason!.Length < 300, $"{name}: reason is not one clear line: {reason}");
            }
        }
        Assert.Contains(results, r => r.TryGetProperty("reason", out var reason) && reason.GetString()!.Contains("symbolic link loop", StringComparison.Ordinal));
        Assert.Contains("over the 64 MB limit", results.Single(r => r.GetProperty("path").GetString()!.EndsWith("huge.txt", StringComparison.Ordinal)).GetProperty("reason").GetString());

        var search = OpskProcess.Run("search", "客户满意度", "--index", index, "--json");
        Assert.Equal(0, search.ExitCode);
        Assert.Contains(search.Lines, l => l.Contains("good-cold-chain-operations-plan.md", StringComparison.Ordinal));
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
