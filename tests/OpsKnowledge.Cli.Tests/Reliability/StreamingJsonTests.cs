using System.Diagnostics;
using System.Text;
using System.Text.Json;
using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests.Reliability;

/// <summary>`opsk ingest --json` prints each file's line when that file is done, not when the batch ends.</summary>
public sealed class StreamingJsonTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-stream-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SmallFilesLine_ArrivesWhileALargeFileIsStillBeingRead()
    {
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        var inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(inbox);
        File.Copy(Path.Combine(corpus, "cold-chain-operations-plan.md"), Path.Combine(inbox, "small.md"));
        using (var large = File.Create(Path.Combine(inbox, "large.txt")))
        {
            var sentence = Encoding.UTF8.GetBytes("本方案第一阶段目标为客户满意度不低于90%，运营效率提升15%，");
            for (long written = 0; written < 8L * 1024 * 1024; written += sentence.Length) large.Write(sentence);
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "opsk.dll"), "ingest", inbox, "--index", Path.Combine(_root, "index"), "--json" }) start.ArgumentList.Add(arg);
        using var ingest = Process.Start(start)!;
        ingest.ErrorDataReceived += (_, _) => { };
        ingest.BeginErrorReadLine();

        var first = ingest.StandardOutput.ReadLine();
        var stillRunning = !ingest.HasExited;
        var rest = ingest.StandardOutput.ReadToEnd();
        ingest.WaitForExit();

        Assert.NotNull(first);
        Assert.EndsWith("small.md", JsonDocument.Parse(first!).RootElement.GetProperty("path").GetString());
        Assert.True(stillRunning, "the first line came only when the batch had ended");
        Assert.Contains("large.txt", rest);
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
