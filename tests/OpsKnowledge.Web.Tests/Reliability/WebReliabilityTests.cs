using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpsKnowledge.Web.Hosting;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Reliability;

/// <summary>The server holds against hostile pages and heavy documents: rebinding, missing tokens, huge pages, floods, slow work.</summary>
public sealed class WebReliabilityTests(HeavyIndexFixture heavy) : IClassFixture<HeavyIndexFixture>
{
    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("evil.example:5080", HttpStatusCode.MisdirectedRequest)]
    [InlineData("127.0.0.1.nip.io", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    [InlineData("plans.example.lan", HttpStatusCode.OK)]
    public async Task HostHeader_OnlyLoopbackIpsAndConfiguredNames_AreServed(string host, HttpStatusCode status)
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory, AllowedHosts = ["plans.example.lan"] });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/docs");
        request.Headers.Host = host;

        var response = await server.Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        if (status != HttpStatusCode.OK) Assert.DoesNotContain(HeavyDocuments.Paragraphs, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_IsRequired_AsBearerOrAsTheCookieAFirstVisitSets()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory, AccessToken = "s3cret-token" });
        using var noCookies = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.Unauthorized, (await noCookies.GetAsync("/api/docs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await noCookies.GetAsync("/docs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await noCookies.GetAsync("/docs?token=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noCookies.GetAsync("/assets/site.css")).StatusCode);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/docs");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await noCookies.SendAsync(bearer)).StatusCode);

        var visit = await noCookies.GetAsync("/search?q=x&token=s3cret-token");
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Equal("/search?q=x", visit.Headers.Location?.OriginalString);
        var cookie = Assert.Single(visit.Headers.GetValues("Set-Cookie"));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/docs");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await noCookies.SendAsync(withCookie)).StatusCode);

        // A link on another site carrying the token must not start a session (login CSRF).
        using var crossSite = new HttpRequestMessage(HttpMethod.Get, "/docs?token=s3cret-token");
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Unauthorized, (await noCookies.SendAsync(crossSite)).StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task StateChangingMethods_Are405(string method)
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory });

        var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/bootstrap") { Content = new StringContent("doc=x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/docs")]
    [InlineData("/api/docs")]
    [InlineData("/assets/site.css")]
    public async Task Head_IsAnsweredLikeGet_WithoutABody(string path)
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory });

        var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var get = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MoreDocsThanMaxDocsPerRequest_Is400()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory, MaxDocsPerRequest = 3 });
        var four = string.Join('&', Enumerable.Range(0, 4).Select(i => $"doc=d{i}.md"));

        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/bootstrap?" + four)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/bootstrap?" + four)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/bootstrap?doc=d1.md&doc=d2.md&doc=d3.md")).StatusCode);
    }

    [Fact]
    public async Task HundredThousandParagraphs_ArePaged_InThePageAndTheApi()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory });

        var page = await server.Client.GetAsync("/doc/" + HeavyDocuments.Paragraphs);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.InRange(html.Length, 1, 1_000_000);
        Assert.Contains("第0段", html);
        Assert.DoesNotContain("第99999段", html);
        Assert.Contains("?page=2", html);

        var first = JsonNode.Parse(await server.Client.GetStringAsync("/api/docs/" + HeavyDocuments.Paragraphs))!;
        var pages = (int)first["pages"]!;
        Assert.InRange(pages, 100, 1_000);
        Assert.Equal(100_000, (int)first["blocksTotal"]!);
        var lastBody = await server.Client.GetStringAsync($"/api/docs/{HeavyDocuments.Paragraphs}?page={pages}");
        Assert.InRange(lastBody.Length, 1, 1_000_000);
        Assert.Contains("第99999段", (string?)JsonNode.Parse(lastBody)!["text"]);
        var lastPage = await server.Client.GetStringAsync($"/doc/{HeavyDocuments.Paragraphs}?page={pages}");
        Assert.Contains("第99999段", lastPage);
    }

    [Fact]
    public async Task WideTable_IsCutToThePageBudget()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory });

        var html = await server.Client.GetStringAsync("/doc/" + HeavyDocuments.WideTable);
        var json = await server.Client.GetStringAsync("/api/docs/" + HeavyDocuments.WideTable);

        Assert.InRange(html.Length, 1, 2_000_000);
        Assert.Contains("共 10000 行", html);
        Assert.InRange(json.Length, 1, 8_000_000);
        Assert.True((bool)JsonNode.Parse(json)!["cut"]!);
    }

    [Fact]
    public async Task Responses_NameNoAbsolutePath()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory });

        foreach (var path in new[] { "/api/docs", "/api/docs/" + HeavyDocuments.Paragraphs, "/doc/" + HeavyDocuments.Paragraphs, "/docs" })
        {
            var body = await server.Client.GetStringAsync(path);
            Assert.DoesNotContain("/srv/secret-share", body);
            Assert.DoesNotContain("sourcePath", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task SlowWork_PastTheRequestTimeout_Is503()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory, RequestTimeout = TimeSpan.FromMilliseconds(1) });

        var response = await server.Client.GetAsync("/doc/" + HeavyDocuments.Paragraphs);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task ResponseOverTheSizeCap_IsRefused()
    {
        await using var server = await Serve(new() { IndexDirectory = heavy.IndexDirectory, MaxResponseBytes = 4_096 });

        // A page is refused whole (500); JSON streams, so once it has started the connection is dropped instead of ending cut short.
        var page = await server.Client.GetAsync("/doc/" + HeavyDocuments.Paragraphs);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("response size limit", await page.Content.ReadAsStringAsync());
        await Assert.ThrowsAsync<HttpRequestException>(() => server.Client.GetStringAsync("/api/docs/" + HeavyDocuments.Paragraphs));
    }

    [Fact]
    public async Task RequestsBeyondTheConcurrencyLimit_Get503WithRetryAfter()
    {
        var guard = new RequestGuard(new WebServerOptions { IndexDirectory = heavy.IndexDirectory, MaxConcurrentRequests = 1 });
        var release = new TaskCompletionSource();
        var refused = new List<int>();
        Task Refuse(HttpContext context, string message, int status)
        {
            refused.Add(status);
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var busy = guard.InvokeAsync(Context(), _ => release.Task, Refuse);
        var second = Context();
        await guard.InvokeAsync(second, _ => Task.CompletedTask, Refuse);
        release.SetResult();
        await busy;
        var third = Context();
        await guard.InvokeAsync(third, c => { c.Response.StatusCode = 200; return Task.CompletedTask; }, Refuse);

        Assert.Equal([StatusCodes.Status503ServiceUnavailable], refused);
        Assert.Equal("2", second.Response.Headers.RetryAfter.ToString());
        Assert.Equal(200, third.Response.StatusCode);

        static DefaultHttpContext Context()
        {
            var context = new DefaultHttpContext();
            context.Request.Method = "GET";
            context.Request.Host = new HostString("127.0.0.1", 5080);
            context.Request.Path = "/docs";
            return context;
        }
    }

    /// <summary>A server for these tests; unless a test sets its own, the request timeout is a minute, because the heavy pages take
    /// seconds on a loaded two-core machine and these tests check what a page holds, not how fast it comes (the timeout has its own test).</summary>
    private static async Task<RunningServer> Serve(WebServerOptions options)
    {
        if (options.RequestTimeout == new WebServerOptions { IndexDirectory = options.IndexDirectory }.RequestTimeout) options = options with { RequestTimeout = TimeSpan.FromMinutes(1) };
        var (app, address) = await WebServerFixture.StartAsync(options with { Urls = "http://127.0.0.1:0" });
        return new RunningServer(app, address);
    }

    private sealed class RunningServer(WebApplication app, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public HttpClient Client { get; } = new() { BaseAddress = address };

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
