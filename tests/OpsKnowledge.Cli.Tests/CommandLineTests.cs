using System.Text.Json;
using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests;

/// <summary>The opsk commands end to end, as separate processes: output shapes, exit codes, one-line errors.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "opsk-cli-" + Guid.NewGuid().ToString("N"));

    private string Corpus => CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");

    [Fact]
    public void IngestThenSearchJson_PointsAtTheRightSections()
    {
        var ingest = OpskProcess.Run("ingest", Corpus, "--index", _index);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr + ingest.Stdout);

        var search = OpskProcess.Run("search", "客户满意度", "--index", _index, "--json");
        Assert.Equal(0, search.ExitCode);
        var hits = search.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            foreach (var field in new[] { "doc", "section", "kind", "score", "snippet" }) Assert.True(hit.TryGetProperty(field, out _), $"missing {field} in {hit}");
        }
        // Records named 客户满意度 score alike (they are indexed by their own fields), so their order among themselves follows the
        // parallel ingest; the ten hits the command prints hold them all.
        Assert.Contains(hits, h => h.GetProperty("doc").GetString() == "cold-chain-operations-plan.md"
            && h.GetProperty("section").GetString()!.EndsWith("3.3 关键运营指标", StringComparison.Ordinal));

        var traditional = OpskProcess.Run("search", "運營效率", "--index", _index, "--json");
        Assert.Equal(0, traditional.ExitCode);
        Assert.Contains(traditional.Lines, line => line.Contains("运营效率", StringComparison.Ordinal));

        var again = OpskProcess.Run("ingest", Corpus, "--index", _index, "--json");
        Assert.Equal(0, again.ExitCode);
        Assert.All(again.Lines, line => Assert.Contains("\"status\":\"unchanged\"", line));
    }

    [Fact]
    public void SearchWithoutAnIndex_IsOneClearLine_AndExitCode1()
    {
        var result = OpskProcess.Run("search", "客户满意度", "--index", _index);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("opsk: no index at", line);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("docs")]
    [InlineData("show")]
    [InlineData("records")]
    [InlineData("extract")]
    [InlineData("demo")]
    [InlineData("repair")]
    [InlineData("compare")]
    [InlineData("bootstrap")]
    [InlineData("serve")]
    [InlineData("watch")]
    public void EveryCommand_HasHelpWithExamples(string command)
    {
        var result = OpskProcess.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout);
        Assert.Contains($"opsk {command}", result.Stdout);
    }

    [Fact]
    public void Repair_OfAGbkFileWithSiteAnnotations_PrintsCleanSimplifiedText_AndReportsTheChanges()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(_index);
        var file = Path.Combine(_index, "scraped.txt");
        // A page saved as GBK by a site that turned simplified into traditional with pinyin after each converted character.
        var page = "基礎(chǔ)運(yùn)營(yíng)服務(wù)實(shí)施方案\n一、總體目標(biāo)\n客戶滿意度由86%提高到92%以上，投訴處理及時率不低于95%。\n";
        File.WriteAllBytes(file, System.Text.Encoding.GetEncoding("GB18030").GetBytes(page));

        var text = OpskProcess.Run("repair", file);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("基础运营服务实施方案", text.Stdout);
        Assert.DoesNotContain("(chǔ)", text.Stdout);
        Assert.Contains("一、总体目标", text.Stdout);

        var json = OpskProcess.Run("repair", file, "--json");
        Assert.Equal(0, json.ExitCode);
        var report = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal("gb18030", report.GetProperty("encoding").GetString());
        Assert.True(report.GetProperty("repairs").GetArrayLength() > 0);
        foreach (var field in new[] { "text", "unrecovered", "boilerplateRemoved", "partial" }) Assert.True(report.TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Repair_OfAPdf_IsRefusedWithOneLine()
    {
        Directory.CreateDirectory(_index);
        var file = Path.Combine(_index, "plan.pdf");
        File.WriteAllBytes(file, [0x25, 0x50, 0x44, 0x46]);
        var result = OpskProcess.Run("repair", file);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("opsk: ", result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_index, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }
}
