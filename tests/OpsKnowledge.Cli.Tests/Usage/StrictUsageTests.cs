namespace OpsKnowledge.Cli.Tests.Usage;

/// <summary>Mistakes on the command line are one line on stderr: usage errors exit 2 with a suggestion, missing things exit 1 with the nearest names.</summary>
public sealed class StrictUsageTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Theory]
    [InlineData("--topp", "--top", "search", "客户满意度", "--topp", "3")]
    [InlineData("--jsn", "--json", "search", "客户满意度", "--jsn")]
    [InlineData("--jsn", "--json", "docs", "--jsn")]
    [InlineData("--knd", "--kind", "records", "--knd", "kpi")]
    public void UnknownOption_IsAUsageError_WithTheNearestOption(string unknown, string suggestion, params string[] args)
    {
        var result = corpus.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = OneLine(result.Stderr);
        Assert.Contains($"unknown option {unknown}", line);
        Assert.Contains($"did you mean {suggestion}?", line);
    }

    [Theory]
    [InlineData("--top must be at least 1", "search", "客户满意度", "--top", "0")]
    [InlineData("--kind must be one of", "search", "客户满意度", "--kind", "foo")]
    [InlineData("--scope must be one of", "records", "--scope", "plans2")]
    [InlineData("--count must be at least 1", "bootstrap", "--like", "冷链", "--count", "0", "--out", "x.md")]
    [InlineData("Cannot parse argument", "search", "客户满意度", "--top", "many")]
    [InlineData("unexpected argument 'extra'", "docs", "extra")]
    public void BadValue_IsOneLine_ExitCode2_NeverTheHelp(string message, params string[] args)
    {
        var result = corpus.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, OneLine(result.Stderr), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Usage:", result.Stdout + result.Stderr);
    }

    [Fact]
    public void KindMisspelt_SuggestsTheKind()
    {
        var result = corpus.Run("search", "风险", "--kind", "rsik");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean risk?", OneLine(result.Stderr));
    }

    [Fact]
    public void CompareOfAKpiNoPlanHas_IsOneLine_ExitCode1_WithTheNearestNames()
    {
        var result = corpus.Run("compare", "运营收入");

        Assert.Equal(1, result.ExitCode);
        var line = OneLine(result.Stderr);
        Assert.StartsWith("opsk: no plan states a target for 运营收入", line);
        Assert.Contains("营业收入", line[line.IndexOf("nearest:", StringComparison.Ordinal)..]);
    }

    [Theory]
    [InlineData("compare", "--doc", "cold-chain-operatons-plan.md", "--doc", "port-container-terminal-execution-plan.txt")]
    [InlineData("show", "cold-chain-operatons-plan.md")]
    [InlineData("bootstrap", "--from", "cold-chain-operatons-plan.md", "--out", "never-written.md")]
    [InlineData("search", "客户满意度", "--doc", "cold-chain-operatons-plan.md")]
    public void MissingDocument_IsOneLine_ExitCode1_NamingTheNearestDocument(params string[] args)
    {
        var result = corpus.Run(args);

        Assert.Equal(1, result.ExitCode);
        var line = OneLine(result.Stderr);
        Assert.Contains("no document named 'cold-chain-operatons-plan.md'", line);
        Assert.Contains("nearest: cold-chain-operations-plan.md", line);
        Assert.False(File.Exists("never-written.md"));
    }

    [Fact]
    public void ExcludedWordsInASearch_AreNotTakenForOptions()
    {
        var result = corpus.Run("search", "风险", "-市场", "--top", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Lines.Where(l => !l.StartsWith('(')), l => l.Contains("市场风险", StringComparison.Ordinal));
    }

    private static string OneLine(string stderr) => Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
