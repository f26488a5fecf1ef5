using System.Net;
using System.Text.RegularExpressions;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Security;

[Collection(WebServerCollection.Name)]
public sealed partial class SecurityTests(WebServerFixture server)
{
    private const string ExpectedPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%E9%A3%8E%E9%99%A9")]
    [InlineData("/docs")]
    [InlineData("/compare")]
    [InlineData("/bootstrap")]
    [InlineData("/doc/no-such-doc")]
    [InlineData("/assets/site.css")]
    [InlineData("/assets/site.js")]
    [InlineData("/api/docs")]
    [InlineData("/api/nothing")]
    [InlineData("/no/such/page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await server.Client.GetAsync(path);

        Assert.Equal(ExpectedPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/search?q=")]
    [InlineData("/compare?name=")]
    [InlineData("/api/records?name=")]
    [InlineData("/bootstrap?like=")]
    public async Task QueryLongerThanTheLimit_Is400(string prefix)
    {
        var tooLong = await server.Client.GetAsync(prefix + Uri.EscapeDataString(new string('运', 501)));
        var atLimit = await server.Client.GetAsync(prefix + Uri.EscapeDataString(new string('运', 500)));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("500", await tooLong.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.BadRequest, atLimit.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=%E9%A3%8E%E9%99%A9&top=101", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=%E9%A3%8E%E9%99%A9&top=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=%E9%A3%8E%E9%99%A9&top=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=%E9%A3%8E%E9%99%A9&top=100", HttpStatusCode.OK)]
    [InlineData("/api/records?top=1000", HttpStatusCode.BadRequest)]
    [InlineData("/search?q=%E9%A3%8E%E9%99%A9&top=5000", HttpStatusCode.BadRequest)]
    public async Task PageSize_IsLimited(string path, HttpStatusCode status)
    {
        var response = await server.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Theory]
    [InlineData("/assets/../OpsKnowledge.Web.dll")]
    [InlineData("/assets/../../../../etc/passwd")]
    [InlineData("/assets/%2e%2e%2fOpsKnowledge.Web.dll")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/assets/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/assets/%2E%2E%2FOpsKnowledge.Web.dll")]
    [InlineData("/assets/%252e%252e%252fOpsKnowledge.Web.dll")]
    [InlineData("/assets/..%5c..%5cOpsKnowledge.Web.dll")]
    [InlineData("/assets/....//....//etc/passwd")]
    [InlineData("/assets/site.css/../../OpsKnowledge.Web.dll")]
    [InlineData("/assets/%2fetc%2fpasswd")]
    [InlineData("/OpsKnowledge.Web.dll")]
    [InlineData("/appsettings.json")]
    public async Task PathTraversal_Is404(string rawPath) => await AssertRefused(rawPath, HttpStatusCode.NotFound);

    [Fact]
    public async Task NulInPath_IsRefusedByKestrel() => await AssertRefused("/assets/site.css%00.dll", HttpStatusCode.BadRequest);

    private async Task AssertRefused(string rawPath, HttpStatusCode status)
    {
        // Sent exactly as written: HttpClient would otherwise resolve the dot segments itself.
        var uri = new Uri(server.BaseAddress + rawPath.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.False(body.Length > 1 && body[0] == (byte)'M' && body[1] == (byte)'Z', "served a binary");
        Assert.DoesNotContain("root:", System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Assets_AreServedByName()
    {
        var css = await server.Client.GetAsync("/assets/site.css");
        var js = await server.Client.GetAsync("/assets/site.js");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string> HostilePages => new()
    {
        "/doc/" + Uri.EscapeDataString(HostileDocument.FileName),
        "/search?q=" + Uri.EscapeDataString(HostileDocument.MarkerWord),
        "/search?q=" + Uri.EscapeDataString("客户满意度"),
        "/docs",
        "/bootstrap",
        "/compare",
        "/bootstrap?doc=" + Uri.EscapeDataString(HostileDocument.FileName),
        "/doc/" + Uri.EscapeDataString("<script>alert(1)</script>"),
    };

    [Theory]
    [MemberData(nameof(HostilePages))]
    public async Task HostileText_IsEscaped_AndPagesCarryNoInlineScriptOrStyle(string path)
    {
        var response = await server.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        foreach (var payload in HostileDocument.Payloads)
        {
            Assert.DoesNotContain(payload, html);
        }
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<svg onload", html);
        // Attribute values are escaped (no raw quote inside), so blanking them leaves only the markup we wrote.
        var markup = QuotedValue().Replace(html, "\"\"");
        Assert.DoesNotMatch(EventHandlerAttribute(), markup);
        Assert.DoesNotMatch(StyleAttribute(), markup);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        // Our one script, from our own origin, and nothing else.
        Assert.Equal(1, Regex.Count(html, "<script"));
        Assert.Contains("<script src=\"/assets/site.js\" defer></script>", html);
    }

    [Fact]
    public async Task HostileDocumentPage_ShowsThePayloadsAsText()
    {
        var html = await server.Client.GetStringAsync("/doc/" + Uri.EscapeDataString(HostileDocument.FileName));

        // The document was ingested and its headings, cells and file name reach the page, escaped.
        Assert.Contains("&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=&quot;window.__xss=2;alert(2)&quot;&gt;", html);
        Assert.Contains("&lt;svg onload=alert(4)&gt;", html);
        Assert.Contains("xss-&lt;img src=x onerror=alert(1)&gt;.html", html);
        Assert.Contains("<table class=\"grid\">", html);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"<[a-z][^>]*\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
