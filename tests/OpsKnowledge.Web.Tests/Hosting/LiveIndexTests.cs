using System.Net;
using System.Text.Json.Nodes;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Search;
using Xunit;

namespace OpsKnowledge.Web.Tests.Hosting;

public sealed class LiveIndexTests
{
    [Fact]
    public async Task ServerOverAMissingIndex_ServesEmptyPages_ThenSeesAnIngestOnceItCommits()
    {
        var root = Path.Combine(Path.GetTempPath(), "opsk-web-live-" + Guid.NewGuid().ToString("N"));
        var indexDirectory = Path.Combine(root, "index");
        var (app, baseAddress) = await WebServerFixture.StartAsync(indexDirectory);
        try
        {
            using var client = new HttpClient { BaseAddress = baseAddress };
            Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/docs"))!.AsArray());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=%E5%86%B7%E8%97%8F")).StatusCode);

            // Another writer (as 'opsk ingest' in another process would be) commits while the server is running.
            var plans = Path.Combine(root, "plans");
            Directory.CreateDirectory(plans);
            File.Copy(TestPaths.Fixtures(Path.Combine("plans", WebServerFixture.Warehouse)), Path.Combine(plans, WebServerFixture.Warehouse));
            using (var index = KnowledgeIndex.Open(indexDirectory))
            {
                await new IngestService(DefaultPipeline.Instance, index).IngestAsync([plans]);
            }

            var docs = JsonNode.Parse(await client.GetStringAsync("/api/docs"))!.AsArray();
            Assert.Equal(WebServerFixture.Warehouse, (string?)Assert.Single(docs)!["id"]);
            var hits = JsonNode.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("冷藏车辆调度")))!["hits"]!.AsArray();
            Assert.Equal(WebServerFixture.Warehouse, (string?)hits[0]!["doc"]);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }
}
