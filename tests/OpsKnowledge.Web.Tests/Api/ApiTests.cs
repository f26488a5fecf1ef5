using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Search;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class ApiTests(WebServerFixture server)
{
    private const string Satisfaction = "客户满意度";

    [Fact]
    public async Task Search_ReturnsTheObjectsTheCliPrints()
    {
        var body = await GetJson("/api/search?q=" + Uri.EscapeDataString("冷藏车辆调度") + "&top=5");

        using var index = KnowledgeIndex.Open(server.IndexDirectory, readOnly: true);
        var results = index.Search(new SearchRequest { Query = "冷藏车辆调度", Top = 5 });
        var expected = results.Hits;
        Assert.Equal(results.TotalHits, (int)body!["total"]!);
        Assert.Equal(0, (int)body["offset"]!);
        Assert.Equal(5, (int)body["limit"]!);
        Assert.False((bool)body["totalIsLowerBound"]!);
        var array = Assert.IsType<JsonArray>(body["hits"]);
        Assert.Equal(expected.Count, array.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OpsJson.Serialize(expected[i])), array[i]), $"hit {i} differs: {array[i]}");
        }
        var first = array[0]!;
        Assert.Equal(WebServerFixture.Warehouse, (string?)first["doc"]);
        Assert.Contains("3.2 冷藏车辆调度", (string?)first["section"]);
        Assert.NotEmpty(first["highlights"]!.AsArray());
    }

    [Fact]
    public async Task Search_FiltersByKindAndDoc()
    {
        var body = await GetJson("/api/search?q=" + Uri.EscapeDataString(Satisfaction) + "&kind=kpi&doc=" + WebServerFixture.Mall);

        var hits = Assert.IsType<JsonArray>(body!["hits"]);
        Assert.NotEmpty(hits);
        // The total counts what the filters let through: every such hit fits on this page.
        Assert.Equal(hits.Count, (int)body["total"]!);
        Assert.All(hits, h => Assert.Equal("kpi", (string?)h!["kind"]));
        Assert.All(hits, h => Assert.Equal(WebServerFixture.Mall, (string?)h!["doc"]));
        Assert.Contains(hits, h => (string?)h!["record"]?["value"] == "≥90%");
    }

    [Fact]
    public async Task Search_FacetCounts_AreTheTotalsOfTheFilteredSearches()
    {
        var q = Uri.EscapeDataString(Satisfaction);
        var body = await GetJson($"/api/search?q={q}&scope=plan");

        var facets = body!["facets"]!;
        var docs = facets["docs"]!.AsArray();
        Assert.True(docs.Count >= 2, $"facets: {facets}");
        Assert.False((bool)facets["isLowerBound"]!);
        // Each count honours the other filters (scope=plan here) and equals the total of the search with that value chosen.
        foreach (var (name, parameter) in new[] { ("kinds", "kind"), ("docs", "doc"), ("scopes", "scope") })
        {
            foreach (var count in facets[name]!.AsArray())
            {
                var value = (string)count!["value"]!;
                var filtered = name == "scopes"
                    ? await GetJson($"/api/search?q={q}&scope={Uri.EscapeDataString(value)}")
                    : await GetJson($"/api/search?q={q}&scope=plan&{parameter}={Uri.EscapeDataString(value)}");
                Assert.Equal((int)filtered!["total"]!, (int)count["count"]!);
            }
        }
        // Only records have a scope: under scope=plan no section is counted.
        Assert.DoesNotContain(facets["kinds"]!.AsArray(), k => (string?)k!["value"] == "section");
    }

    [Fact]
    public async Task Search_Pages_FollowOneAnother_AndTheTotalCountsThemAll()
    {
        var q = Uri.EscapeDataString("风险");
        var whole = await GetJson($"/api/search?q={q}&top=100");
        var total = (int)whole!["total"]!;
        var all = whole["hits"]!.AsArray().Select(h => h!.ToJsonString()).ToList();
        Assert.Equal(total, all.Count);
        Assert.True(total > 6, $"only {total} hits");

        var pages = new List<string>();
        for (var offset = 0; offset < total; offset += 4)
        {
            var page = await GetJson($"/api/search?q={q}&top=4&offset={offset}");
            Assert.Equal(offset, (int)page!["offset"]!);
            Assert.Equal(total, (int)page["total"]!);
            pages.AddRange(page["hits"]!.AsArray().Select(h => h!.ToJsonString()));
        }
        Assert.Equal(all, pages);
        var beyond = await GetJson($"/api/search?q={q}&top=4&offset={total}");
        Assert.Empty(beyond!["hits"]!.AsArray());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task Search_OfALongQuery_IsReducedToKeyTerms_NeverAServerError(int length)
    {
        // A consultant pastes a passage of the warehouse plan, from its vehicle-dispatch section on.
        string text;
        using (var index = KnowledgeIndex.Open(server.IndexDirectory, readOnly: true))
        {
            text = index.LoadDocument(WebServerFixture.Warehouse)!.Text.ReplaceLineEndings(" ");
        }
        var from = text.IndexOf("冷藏车辆调度", StringComparison.Ordinal);
        var paragraph = text[from..Math.Min(text.Length, from + length)];

        var response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(paragraph));
        var page = await server.Client.GetAsync("/search?q=" + Uri.EscapeDataString(paragraph));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(body["keyTerms"]!.AsArray());
        Assert.Equal(WebServerFixture.Warehouse, (string?)body["hits"]![0]!["doc"]);
        Assert.Contains("关键词", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("x")]
    public async Task Search_WithABadOffset_IsAJsonError(string offset)
    {
        var response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("风险") + "&offset=" + offset);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("offset", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
    }

    [Fact]
    public async Task Docs_ListsEveryIngestedDocument()
    {
        var docs = Assert.IsType<JsonArray>(await GetJson("/api/docs"));

        var ids = docs.Select(d => (string?)d!["id"]).ToList();
        Assert.Contains(WebServerFixture.Warehouse, ids);
        Assert.Contains(WebServerFixture.Mall, ids);
        Assert.Contains(HostileDocument.FileName, ids);
        Assert.All(docs, d => Assert.NotNull(d!["contentHash"]));
    }

    [Fact]
    public async Task Doc_ReturnsTheStoredDocument_And404ForAnUnknownOne()
    {
        var doc = await GetJson("/api/docs/" + WebServerFixture.Warehouse);
        Assert.Equal(WebServerFixture.Warehouse, (string?)doc["id"]);
        Assert.Contains("冷藏车辆调度", (string?)doc["text"]);
        Assert.Contains(doc["sections"]!.AsArray(), s => (string?)s!["title"] == "冷藏车辆调度");

        var response = await server.Client.GetAsync("/api/docs/no-such-plan.md");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-plan.md", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
    }

    [Fact]
    public async Task Records_FilterByDocAndKind()
    {
        var records = Assert.IsType<JsonArray>(await GetJson($"/api/records?kind=kpi&doc={WebServerFixture.Warehouse}"));

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("kpi", (string?)r!["kind"]));
        Assert.All(records, r => Assert.Equal(WebServerFixture.Warehouse, (string?)r!["doc"]));
        Assert.Contains(records, r => (string?)r!["value"] == "≥92%" && (string?)r!["baseline"] == "85%");
    }

    [Fact]
    public async Task CompareByName_RowsPerPlanAndSpread()
    {
        var comparison = await GetJson("/api/compare?name=" + Uri.EscapeDataString(Satisfaction));

        Assert.Equal(Satisfaction, (string?)comparison["kpi"]);
        var rows = comparison["rows"]!.AsArray();
        Assert.Equal("≥92%", (string?)rows.Single(r => (string?)r!["doc"] == WebServerFixture.Warehouse)!["value"]);
        Assert.Equal("≥90%", (string?)rows.Single(r => (string?)r!["doc"] == WebServerFixture.Mall)!["value"]);
        Assert.Equal("≥88%", (string?)rows.Single(r => (string?)r!["doc"] == WebServerFixture.Parking)!["value"]);
        Assert.Equal("%", (string?)rows.Single(r => (string?)r!["doc"] == WebServerFixture.Parking)!["convertedUnit"]);
        // The spread is over the unit most plans use (the corpus may say 分 or %): ordered and counted, whatever it is.
        var spread = comparison["spread"]!;
        Assert.True((int)spread["count"]! >= 3);
        // One plan stating the same value twice (its KPI table and a sentence) counts once.
        // (and one plan ingested as .docx and .htm counts once): never more values than comparable rows.
        Assert.InRange((int)spread["count"]!, 3, rows.Count(r => (bool?)r!["comparable"] == true));
        Assert.True((decimal)spread["min"]! <= (decimal)spread["median"]! && (decimal)spread["median"]! <= (decimal)spread["max"]!);
    }

    [Fact]
    public async Task ComparePlans_SharedKpisSideBySide()
    {
        var comparison = await GetJson($"/api/compare?doc={WebServerFixture.Warehouse}&doc={WebServerFixture.Mall}");

        Assert.Equal(WebServerFixture.Warehouse, (string?)comparison["docA"]);
        Assert.Equal(WebServerFixture.Mall, (string?)comparison["docB"]);
        var shared = comparison["pairs"]!.AsArray().Single(p => (string?)p!["kpi"] == Satisfaction);
        Assert.Equal("both", (string?)shared!["presence"]);
        Assert.Equal("≥92%", (string?)shared["a"]!["value"]);
        Assert.Equal("≥90%", (string?)shared["b"]!["value"]);
    }

    [Theory]
    [InlineData("/api/compare", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?doc=huadong-cangchu-yunying-fangan.html", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?doc=huadong-cangchu-yunying-fangan.html&doc=missing.md", HttpStatusCode.NotFound)]
    [InlineData("/api/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/bootstrap?doc=huadong-cangchu-yunying-fangan.html&format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/bootstrap?format=md", HttpStatusCode.BadRequest)]
    [InlineData("/api/bootstrap?doc=missing.md", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-route", HttpStatusCode.NotFound)]
    public async Task BadRequests_AreJsonErrors(string path, HttpStatusCode status)
    {
        var response = await server.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]));
    }

    [Theory]
    [InlineData("docx", "word/document.xml")]
    [InlineData("xlsx", "xl/workbook.xml")]
    public async Task Bootstrap_OfficeFormats_AreZipAttachmentsWithAsciiNames(string format, string part)
    {
        var response = await server.Client.GetAsync($"/api/bootstrap?doc={WebServerFixture.Warehouse}&doc={WebServerFixture.Mall}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var name = disposition.FileName!.Trim('"');
        Assert.Matches(@"^[A-Za-z0-9._-]+\." + format + "$", name);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry(part));
    }

    [Fact]
    public async Task Bootstrap_Markdown_HasThePrefilledKpiTable()
    {
        var response = await server.Client.GetAsync($"/api/bootstrap?doc={WebServerFixture.Warehouse}&doc={WebServerFixture.Mall}&format=md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.Contains("| ", markdown);
        Assert.Contains(Satisfaction, markdown);
        Assert.Contains("≥92%", markdown);
        Assert.Contains(WebServerFixture.Mall, markdown);
    }

    private async Task<JsonNode> GetJson(string path)
    {
        var response = await server.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
