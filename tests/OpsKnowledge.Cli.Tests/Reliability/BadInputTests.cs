using System.Text.Json;
using OpsKnowledge.Application;
using OpsKnowledge.Ingest.Tests.Ooxml;

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

        Assert.Contains("named pipe", Reason(results, "pipe.txt"));
        Assert.Contains("nests elements 30,00", Reason(results, "nested-tables.docx"));
        Assert.Contains("nests elements 24,00", Reason(results, "nested-content-controls.docx"));
        Assert.Contains("the XLSX nests elements 20,000 deep", Reason(results, "nested.xlsx"));
        Assert.Contains("the PPTX nests elements 10,007 deep", Reason(results, "nested.pptx"));
        Assert.Contains("the DOCX part word/document.xml inflates to 300 MB", Reason(results, "zip-bomb.docx"));
        Assert.Equal("PDF stream inflates past 64 MB", Reason(results, "pdf-bomb.pdf"));

        // Names and text from files reach the terminal with their control characters made visible, never raw.
        foreach (var command in new[] { new[] { "docs" }, ["search", "清屏字样"], ["show", "name-\u001b]0;pwned\u0007-\u202e.txt"], ["records"] })
        {
            var shown = OpskProcess.Run([.. command, "--index", index]);
            Assert.True(shown.ExitCode == 0, $"{string.Join(' ', command)}: {shown.Stderr}");
            Assert.DoesNotContain('\u001b', shown.Stdout);
            Assert.DoesNotContain('\u0007', shown.Stdout);
            Assert.DoesNotContain('\u202e', shown.Stdout);
        }
        Assert.Contains("\\u001b", OpskProcess.Run("docs", "--index", index).Stdout);
    }

    [Theory]
    [InlineData("nested-tables.docx")]
    [InlineData("nested-content-controls.docx")]
    [InlineData("nested.xlsx")]
    [InlineData("nested.pptx")]
    [InlineData("pdf-bomb.pdf")]
    [InlineData("pipe-rows.txt")]
    [InlineData("one-line-8mb.txt")]
    [InlineData("pipe.txt")]
    [InlineData("..html")]
    public void HostileFile_AloneIngestsUnder1GiB_AndFailsWithItsReason(string name)
    {
        var folder = Path.Combine(_root, "one");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        switch (name)
        {
            case "nested-tables.docx": File.WriteAllBytes(path, BadInputCorpus.NestedDocx(10_000, "<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>")); break;
            case "nested-content-controls.docx": File.WriteAllBytes(path, BadInputCorpus.NestedDocx(12_000, "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>")); break;
            case "nested.xlsx": File.WriteAllBytes(path, HostilePackages.NestedXlsx(10_000)); break;
            case "nested.pptx": File.WriteAllBytes(path, HostilePackages.NestedPptx(10_000)); break;
            case "pdf-bomb.pdf": File.WriteAllBytes(path, BadInputCorpus.PdfBomb()); break;
            case "pipe-rows.txt": File.WriteAllText(path, BadInputCorpus.PipeRowsOfGrowingWidth(4_500_000)); break;
            case "one-line-8mb.txt": File.WriteAllText(path, BadInputCorpus.OneLine(8_000_000)); break;
            case "pipe.txt": BadInputCorpus.MakeFifo(path); break;
            default: File.WriteAllText(path, "<html><body><p>全年客户满意度不低于90%。</p></body></html>"); break;
        }

        var (run, peakBytes) = OpskProcess.RunMeasured("ingest", folder, "--index", Path.Combine(_root, "one-index"), "--json");

        Assert.True(run.ExitCode is 0 or 2, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Single(run.Lines);
        Assert.InRange(peakBytes, 1, 1L << 30);
    }

    private static string Reason(List<JsonElement> results, string name) =>
        results.Single(r => Path.GetFileName(r.GetProperty("path").GetString()) == name).GetProperty("reason").GetString()!;

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
