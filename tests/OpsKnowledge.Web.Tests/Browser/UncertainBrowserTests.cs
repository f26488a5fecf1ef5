using Microsoft.Playwright;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Browser;

/// <summary>A value whose operator was lost with a byte carries a "?" badge with its reason on every page that shows it.</summary>
public sealed class UncertainBrowserTests(UncertainPlansFixture server, ChromiumFixture chromium) : IClassFixture<UncertainPlansFixture>, IClassFixture<ChromiumFixture>
{
    private const string Reason = "存疑：unrecovered bytes in the evidence";

    [Fact]
    public async Task RecordsPage_MarksTheUncertainValue_AndOnlyIt()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/records?name=" + Uri.EscapeDataString("客户投诉率")).ToString());

        Assert.Equal(6, await page.Locator("table.records tbody tr").CountAsync());
        var badge = page.Locator("table.records tbody span.uncertain");
        Assert.Equal(1, await badge.CountAsync());
        Assert.Equal("?", await badge.InnerTextAsync());
        Assert.Equal(Reason, await badge.GetAttributeAsync("title"));
        Assert.True(await badge.IsVisibleAsync());
        var row = page.Locator("table.records tbody tr.uncertain-row");
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains(UncertainPlansFixture.Damaged, await row.InnerTextAsync());
        Assert.Contains("2027年", await row.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots(), "records-uncertain.png"), FullPage = true });
    }

    [Fact]
    public async Task ComparePage_MarksTheValue_KeepsItOutOfTheSpread_AndDrawsItGrey()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/compare?name=" + Uri.EscapeDataString("客户投诉率")).ToString());

        var badge = page.Locator("table.comparison td.value span.uncertain");
        Assert.Equal(1, await badge.CountAsync());
        Assert.Equal(Reason, await badge.GetAttributeAsync("title"));
        Assert.Contains("1 个数值", await page.Locator(".uncertain-note").InnerTextAsync());
        Assert.Contains("5 个可比值", await page.Locator(".spread").InnerTextAsync());
        Assert.Equal(1, await page.Locator("svg.chart g.bar.uncertain").CountAsync());
        Assert.Contains("未计入统计", await page.Locator("svg.chart g.bar.uncertain title").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots(), "compare-uncertain.png"), FullPage = true });
    }

    [Fact]
    public async Task DocumentPage_AndSearchHits_MarkTheValue_TheCleanPlanHasNoMark()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/doc/" + UncertainPlansFixture.Damaged).ToString());
        Assert.Equal(1, await page.Locator("#records span.uncertain").CountAsync());

        await page.GotoAsync(new Uri(server.BaseAddress, "/doc/" + UncertainPlansFixture.Clean).ToString());
        Assert.Equal(0, await page.Locator("span.uncertain").CountAsync());

        await page.GotoAsync(new Uri(server.BaseAddress, "/search?q=" + Uri.EscapeDataString("客户投诉率")).ToString());
        var hit = page.Locator("li.hit", new() { Has = page.Locator("span.uncertain") });
        Assert.Equal(1, await hit.CountAsync());
        Assert.Contains(UncertainPlansFixture.Damaged, await hit.Locator(".doc").InnerTextAsync());
    }

    [Fact]
    public async Task Api_ReturnsTheFlagAndTheReason()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var records = await client.GetStringAsync("/api/records?name=" + Uri.EscapeDataString("客户投诉率"));
        Assert.Equal(1, CountOf(records, "\"uncertain\":true"));
        Assert.Contains("\"uncertainBecause\":\"unrecovered bytes in the evidence\"", records);
        var compare = await client.GetStringAsync("/api/compare?name=" + Uri.EscapeDataString("客户投诉率"));
        Assert.Equal(1, CountOf(compare, "\"uncertain\":true"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
