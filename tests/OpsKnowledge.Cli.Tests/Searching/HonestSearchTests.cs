using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpsKnowledge.Cli.Tests.Searching;

/// <summary>What opsk search tells a user can be trusted: totals under filters, pages, long queries, snippets, one hit per row, titles.</summary>
public sealed partial class HonestSearchTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Theory]
    [InlineData("客户满意度", "--kind", "kpi")]
    [InlineData("客户满意度", "--doc", "cold-chain-operations-plan.md")]
    [InlineData("风险", "--kind", "risk")]
    [InlineData("运营效率", "--kind", "section", "--doc", "port-container-terminal-execution-plan.txt")]
    [InlineData("客户满意度")]
    public void TheTotal_IsTheNumberOfHitsThereAre_WithEveryFilter(string query, params string[] filters)
    {
        var page = corpus.Run(["search", query, "--top", "2", .. filters]);
        var all = corpus.Run(["search", query, "--top", "1000", "--json", .. filters]);

        Assert.Equal(0, page.ExitCode);
        var total = Total(page.Stdout);
        Assert.Equal(all.Lines.Count, total);
        var hits = all.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        if (filters.Contains("--kind")) Assert.All(hits, h => Assert.Equal(filters[Array.IndexOf(filters, "--kind") + 1], h.GetProperty("kind").GetString()));
        if (filters.Contains("--doc")) Assert.All(hits, h => Assert.Equal(filters[Array.IndexOf(filters, "--doc") + 1], h.GetProperty("doc").GetString()));
    }

    [Fact]
    public void FacetCounts_AreTheTotalsOfTheFilteredSearches()
    {
        var printed = corpus.Run("search", "客户满意度", "--kind", "kpi", "--facets", "--top", "2");
        var json = corpus.Run("search", "客户满意度", "--kind", "kpi", "--facets", "--top", "2", "--json");

        Assert.Equal(0, printed.ExitCode);
        Assert.Contains(printed.Lines, l => l.StartsWith("by kind: ", StringComparison.Ordinal));
        var facets = JsonDocument.Parse(json.Lines[^1]).RootElement.GetProperty("facets");
        Assert.Equal(2, json.Lines.Count - 1);
        // The plan counts honour --kind kpi; each is the total of the search narrowed to that plan.
        var docs = facets.GetProperty("docs").EnumerateArray().ToList();
        Assert.True(docs.Count >= 2);
        foreach (var doc in docs.Take(3))
        {
            var narrowed = corpus.Run("search", "客户满意度", "--kind", "kpi", "--doc", doc.GetProperty("value").GetString()!, "--top", "1");
            Assert.Equal(Total(narrowed.Stdout), doc.GetProperty("count").GetInt32());
        }
        var kinds = facets.GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("value").GetString()!, k => k.GetProperty("count").GetInt32());
        Assert.Equal(Total(printed.Stdout), kinds["kpi"]);
    }

    [Fact]
    public void KpiFilter_CountsTheKpisNamedSo_NotEveryKpi()
    {
        var page = corpus.Run("search", "客户满意度", "--kind", "kpi", "--top", "3");
        var every = corpus.Run("records", "--kind", "kpi", "--json");

        Assert.True(Total(page.Stdout) < every.Lines.Count / 4, page.Stdout);
    }

    [Fact]
    public void Pages_FollowOneAnother_WithoutGapsOrRepeats()
    {
        var whole = Hits("search", "风险", "--top", "12", "--json");
        var first = Hits("search", "风险", "--top", "5", "--json");
        var second = Hits("search", "风险", "--top", "5", "--offset", "5", "--json");
        var third = Hits("search", "风险", "--top", "5", "--offset", "10", "--json");

        Assert.Equal(12, whole.Count);
        Assert.Equal(whole, [.. first, .. second, .. third.Take(2)]);
        var printed = corpus.Run("search", "风险", "--top", "5", "--offset", "5");
        Assert.Contains("(6–10 of ", printed.Stdout);
        Assert.Contains("next page: --offset 10", printed.Stdout);
        Assert.StartsWith("6. ", printed.Lines[0]);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(600)]
    [InlineData(3000)]
    public void AQueryOfAnyLength_Works_AndAPastedParagraphFindsItsSource(int length)
    {
        // A consultant pastes a passage of a plan (several sections of the city gas plan, as one line).
        var text = File.ReadAllText(Path.Combine(CorpusIndexFixture.Corpus, "city-gas-annual-business-plan.txt")).ReplaceLineEndings(" ");
        var pasted = text[..Math.Min(length, text.Length)];

        var result = corpus.Run("search", pasted, "--top", "3", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("key terms", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
        var hits = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(hits);
        Assert.Equal("city-gas-annual-business-plan.txt", hits[0].GetProperty("doc").GetString());
    }

    [Fact]
    public void ShortQueries_AreSearchedAsTyped()
    {
        var result = corpus.Run("search", "客户满意度", "--top", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("key terms", result.Stderr);
    }

    [Theory]
    [InlineData("運營效率")]
    [InlineData("运营效率")]
    [InlineData("风险")]
    public void Snippets_AreNeverEmpty(string query)
    {
        var hits = corpus.Run("search", query, "--top", "20", "--json").Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.False(string.IsNullOrWhiteSpace(h.GetProperty("snippet").GetString()), h.ToString()));
    }

    [Fact]
    public void RecordsOfOneTableRow_AreOneHit_ListingThem()
    {
        var hits = corpus.Run("search", "培训收入", "--top", "50", "--json").Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var keys = hits.Where(h => h.TryGetProperty("record", out _))
            .Select(h => (h.GetProperty("doc").GetString(), h.GetProperty("record").GetProperty("evidence").GetString())).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        // The training centre's plan states three years of 培训收入 (and 培训人次) in one sentence: one hit lists those records.
        var merged = hits.Where(h => h.TryGetProperty("records", out _)).ToList();
        Assert.NotEmpty(merged);
        Assert.All(merged, h =>
        {
            var records = h.GetProperty("records").EnumerateArray().ToList();
            Assert.True(records.Count > 1);
            Assert.Equal(h.GetProperty("recordId").GetString(), records[0].GetProperty("id").GetString());
            Assert.All(records, r => Assert.Equal(h.GetProperty("record").GetProperty("evidence").GetString(), r.GetProperty("evidence").GetString()));
        });
    }

    [Fact]
    public void Hits_ShowThePlansTitle_BesideTheFileName()
    {
        var text = corpus.Run("search", "冷库周转率", "--top", "3");
        var json = JsonDocument.Parse(corpus.Run("search", "冷库周转率", "--top", "1", "--json").Lines[0]).RootElement;

        Assert.Contains("cold-chain-operations-plan.md 《华东区域冷链物流仓储运营方案（2026—2028年）》", text.Stdout);
        Assert.Equal("华东区域冷链物流仓储运营方案（2026—2028年）", json.GetProperty("title").GetString());
    }

    [Fact]
    public void TheSiteRenderedPage_IsFoundBySimplifiedWords_AndItsTitleIsRepaired()
    {
        var hit = JsonDocument.Parse(corpus.Run("search", "助餐配送准时率", "--top", "1", "--json").Lines[0]).RootElement;

        Assert.Equal("shequ-zhangzhe-shitang-fangan.html", hit.GetProperty("doc").GetString());
        Assert.Equal("社区长者食堂运营服务方案", hit.GetProperty("title").GetString());
    }

    private List<string> Hits(params string[] args) =>
        corpus.Run(args).Lines.Select(l => JsonDocument.Parse(l).RootElement)
            .Select(h => $"{h.GetProperty("doc").GetString()}|{h.GetProperty("section").GetString()}|{h.GetProperty("kind").GetString()}|{h.GetProperty("snippet").GetString()}")
            .ToList();

    private static int Total(string stdout) => int.Parse(TotalLine().Match(stdout).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"of (\d+) hits")]
    private static partial Regex TotalLine();
}
