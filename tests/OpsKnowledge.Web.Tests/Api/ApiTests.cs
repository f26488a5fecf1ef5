using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
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
        var expected = index.Search(new SearchRequest { Query = "冷藏车辆调度", Top = 5 }).Hits;
        var array = Assert.IsType<JsonArray>(body);
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

        var hits = Assert.IsType<JsonArray>(body);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("kpi", (string?)h!["kind"]));
        Assert.All(hits, h => Assert.Equal(WebServerFixture.Mall, (string?)h!["doc"]));
        Assert.Contains(hits, h => (string?)h!["record"]?["value"] == "≥90%");
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
        Assert.Equal((int)spread["count"]!, rows.Count(r => (bool?)r!["comparable"] == true));
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
