using Microsoft.AspNetCore.Builder;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Search;
using Xunit;

namespace OpsKnowledge.Web.Tests.Hosting;

/// <summary>A running web server on a free loopback port over a temporary index of the bundled corpus, our test plans and a hostile page.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string Warehouse = "huadong-cangchu-yunying-fangan.html";
    public const string Mall = "shequ-shangye-yunying-jihua.html";
    public const string Parking = "chengshi-tingche-yunying-fangan.html";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string IndexDirectory => Path.Combine(_root, "index");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IngestSummary Ingest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var corpus = OpsKnowledge.Application.CorpusLocator.Find() ?? throw new InvalidOperationException("bundled corpus not found");
        var hostile = Path.Combine(_root, "hostile");
        HostileDocument.Write(hostile);
        using (var index = KnowledgeIndex.Open(IndexDirectory))
        {
            Ingest = await new IngestService(DefaultPipeline.Instance, index).IngestAsync([corpus, TestPaths.Fixtures("plans"), hostile]);
        }
        (_app, BaseAddress) = await StartAsync(IndexDirectory);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Starts a server over <paramref name="indexDirectory"/> on a free loopback port and returns it with its address.</summary>
    public static Task<(WebApplication App, Uri BaseAddress)> StartAsync(string indexDirectory) =>
        StartAsync(new WebServerOptions { IndexDirectory = indexDirectory, Urls = "http://127.0.0.1:0" });

    /// <summary>Starts a server with <paramref name="options"/> (their Urls should pick a free loopback port) and returns it with its address.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(WebServerOptions options)
    {
        var app = OpsWebServer.Build(options);
        await app.StartAsync();
        return (app, new Uri(app.Urls.First()));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await StopAsync(_app, _root);
    }

    /// <summary>Stops <paramref name="app"/> (when started) and deletes the fixture's temporary folder <paramref name="root"/>.</summary>
    public static async Task StopAsync(WebApplication? app, string root)
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>One server for every class that needs the full test index: ingesting the corpus once is enough.</summary>
[CollectionDefinition(Name)]
public sealed class WebServerCollection : ICollectionFixture<WebServerFixture>
{
    public const string Name = "web server";
}
