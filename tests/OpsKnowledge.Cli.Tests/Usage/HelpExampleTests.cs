namespace OpsKnowledge.Cli.Tests.Usage;

/// <summary>Every example in every command's --help runs as shown (against an index of the bundled corpus, from the repository root).</summary>
public sealed class HelpExampleTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    public static TheoryData<string> Commands => ["ingest", "search", "docs", "show", "records", "extract", "demo", "repair", "compare", "bootstrap"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryHelpExample_Works(string command)
    {
        var help = OpskProcess.Run(command, "--help");
        var examples = help.Stdout.Split('\n').SkipWhile(l => !l.Contains("Examples:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim()).Where(l => l.StartsWith("opsk ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(examples);

        var output = Path.Combine(corpus.Index + "-out", command);
        Directory.CreateDirectory(output);
        foreach (var example in examples)
        {
            var args = Arguments(example, output);
            var result = OpskProcess.RunIn(CorpusIndexFixture.Root, args);
            Assert.True(result.ExitCode == 0, $"'{example}' exited {result.ExitCode}: {result.Stderr}");
            Assert.DoesNotContain("no results", result.Stdout);
            if (!args.Contains("--out")) Assert.False(string.IsNullOrWhiteSpace(result.Stdout), $"'{example}' printed nothing");
        }
    }

    /// <summary>The example's words (quotes removed, a shell redirection dropped), output files moved to a temp folder and our index
    /// in place of the one it names.</summary>
    private string[] Arguments(string example, string output)
    {
        var words = new List<string>();
        var quoted = false;
        var current = new System.Text.StringBuilder();
        foreach (var c in example["opsk ".Length..] + " ")
        {
            if (c == '"') quoted = !quoted;
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0) words.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        var redirect = words.IndexOf(">");
        if (redirect >= 0) words.RemoveRange(redirect, words.Count - redirect);
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] == "--out") words[i + 1] = Path.Combine(output, Path.GetFileName(words[i + 1]));
            if (words[i] == "--index") words[i + 1] = corpus.Index;
        }
        if (!words.Contains("--index")) words.AddRange(["--index", corpus.Index]);
        return [.. words];
    }
}
