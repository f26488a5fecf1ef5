using System.Globalization;
using Microsoft.Playwright;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Browser;

/// <summary>Facet counts beside the search results, in a real browser: every count is the total the filter it links to shows.</summary>
[Collection(WebServerCollection.Name)]
public sealed class SearchFacetBrowserTests(WebServerFixture server, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ClickingAFacet_AppliesItsFilter_AndShowsAsManyResultsAsItCounted()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/search?q=" + Uri.EscapeDataString("客户满意度")).ToString());

        var kindLink = page.Locator(".facet[data-facet=kind] a.facet-value[data-value=kpi]");
        var kpis = int.Parse(await kindLink.Locator(".facet-count").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(kpis > 0);
        await kindLink.ClickAsync();
        await page.WaitForURLAsync("**kind=kpi*");
        Assert.Equal("kpi", await page.Locator("select[name=kind]").InputValueAsync());
        Assert.Contains($"共 {kpis} 条结果", await page.Locator("p.count").InnerTextAsync());
        Assert.Equal("true", await page.Locator(".facet[data-facet=kind] strong.facet-value[data-value=kpi]").GetAttributeAsync("aria-current"));

        // The plan facet now counts KPI hits only; choosing a plan keeps the kind.
        var docLink = page.Locator($".facet[data-facet=doc] a.facet-value[data-value=\"{WebServerFixture.Mall}\"]");
        var inMall = int.Parse(await docLink.Locator(".facet-count").InnerTextAsync(), CultureInfo.InvariantCulture);
        await docLink.ClickAsync();
        await page.WaitForURLAsync("**doc=*");
        Assert.Contains("kind=kpi", page.Url);
        Assert.Contains($"共 {inMall} 条结果", await page.Locator("p.count").InnerTextAsync());
        Assert.Equal(inMall, await page.Locator("ol.hits li.hit[data-kind=kpi]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots(), "search-facets.png"), FullPage = true });

        // 全部 clears one filter and keeps the other.
        await page.Locator(".facet[data-facet=kind] a.facet-clear").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("kind="));
        Assert.Contains("doc=", page.Url);
    }
}
