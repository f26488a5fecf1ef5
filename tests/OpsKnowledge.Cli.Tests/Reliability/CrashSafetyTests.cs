using System.Diagnostics;
using System.Text;
using System.Text.Json;
using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests.Reliability;

/// <summary>kill -9 in the middle of an ingest loses nothing committed, corrupts nothing, and a re-run completes without duplicates.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Documents = 240;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void KillDuringIngest_LeavesTheLastCommit_AndRerunCompletesWithoutDuplicates()
    {
        var inbox = Path.Combine(_root, "inbox");
        var index = Path.Combine(_root, "index");
        WriteManyPlans(inbox);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "opsk.dll"), "ingest", inbox, "--index", index, "--commit-every", "10", "--json" })
        {
            start.ArgumentList.Add(arg);
        }
        using (var ingest = Process.Start(start)!)
        {
            ingest.OutputDataReceived += (_, _) => { };
            ingest.ErrorDataReceived += (_, _) => { };
            ingest.BeginOutputReadLine();
            ingest.BeginErrorReadLine();
            // Wait until a few commits have happened, then kill without warning.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (CommitGeneration(index) < 3 && !ingest.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.False(ingest.HasExited, "the ingest finished before it could be killed: make the batch larger");
            ingest.Kill(entireProcessTree: true); // SIGKILL on Linux
            ingest.WaitForExit();
        }

        // The index opens, holds whole documents only, and searching works.
        var docs = OpskProcess.Run("docs", "--index", index, "--json");
        Assert.True(docs.ExitCode == 0, docs.Stderr);
        var committed = docs.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.InRange(committed.Count, 1, Documents - 1);
        foreach (var doc in committed.Take(5))
        {
            var id = doc.GetProperty("id").GetString()!;
            var sections = OpskProcess.Run("search", "运营", "--index", index, "--doc", id, "--kind", "section", "--top", "1000", "--json");
            Assert.Equal(0, sections.ExitCode);
            Assert.Equal(sections.Lines.Count, sections.Lines.Distinct().Count());
        }

        // Running the same ingest again completes it: every file exactly once.
        var rerun = OpskProcess.Run("ingest", inbox, "--index", index, "--json");
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        var statuses = rerun.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()).ToList();
        Assert.Equal(Documents, statuses.Count);
        Assert.Equal(committed.Count, statuses.Count(s => s == "unchanged"));

        var all = OpskProcess.Run("docs", "--index", index, "--json");
        var ids = all.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(Documents, ids.Count);
        Assert.Equal(Documents, ids.Distinct().Count());
    }

    [Fact]
    public void SecondIngestWhileTheFirstRuns_FailsWithAClearMessage_AndSearchKeepsWorking()
    {
        var inbox = Path.Combine(_root, "inbox");
        var index = Path.Combine(_root, "index");
        WriteManyPlans(inbox);
        var first = OpskProcess.Run("ingest", Path.Combine(inbox, "plan-0000.md"), "--index", index);
        Assert.Equal(0, first.ExitCode);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "opsk.dll"), "ingest", inbox, "--index", index, "--json" }) start.ArgumentList.Add(arg);
        using var running = Process.Start(start)!;
        running.OutputDataReceived += (_, _) => { };
        running.ErrorDataReceived += (_, _) => { };
        running.BeginOutputReadLine();
        running.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!File.Exists(Path.Combine(index, "write.lock")) && DateTime.UtcNow < deadline) Thread.Sleep(20);

        var second = OpskProcess.Run("ingest", inbox, "--index", index);
        var search = OpskProcess.Run("search", "客户满意度", "--index", index, "--json");
        running.WaitForExit();

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("being written by another opsk process", second.Stderr);
        Assert.Equal(0, search.ExitCode);
        Assert.NotEmpty(search.Lines);
        Assert.Equal(0, running.ExitCode);
    }

    /// <summary>Many small distinct plans, so the ingest runs long enough to be interrupted.</summary>
    private static void WriteManyPlans(string folder)
    {
        Directory.CreateDirectory(folder);
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        var source = File.ReadAllText(Path.Combine(corpus, "cold-chain-operations-plan.md"), Encoding.UTF8);
        for (var i = 0; i < Documents; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"plan-{i:D4}.md"), $"<!-- 副本 {i} -->\n" + source.Replace("2026", (2026 + i % 5).ToString()), Encoding.UTF8);
        }
    }

    private static long CommitGeneration(string index)
    {
        if (!Directory.Exists(index)) return 0;
        long best = 0;
        foreach (var file in Directory.EnumerateFiles(index, "segments_*"))
        {
            var suffix = Path.GetFileName(file)["segments_".Length..];
            // Lucene names commit points segments_N with N in base 36.
            long generation = 0;
            var valid = suffix.Length > 0;
            foreach (var c in suffix)
            {
                var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : -1;
                if (digit < 0) { valid = false; break; }
                generation = generation * 36 + digit;
            }
            if (valid) best = Math.Max(best, generation);
        }
        return best;
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
