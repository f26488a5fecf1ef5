using System.IO.Compression;
using Microsoft.Playwright;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Browser;

/// <summary>What a consultant does, in a real browser: search, open the document, compare a KPI, download a skeleton; and hostile pages run nothing.</summary>
[Collection(WebServerCollection.Name)]
public sealed class BrowserTests(WebServerFixture server, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task TypeAQueryAndPressEnter_ShowsTheSection_ThenTheDocumentWithOutlineAndTable()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());

        // The box has focus on arrival: typing goes straight in.
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("冷藏车辆调度");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");

        Assert.Contains("q=" + Uri.EscapeDataString("冷藏车辆调度"), page.Url, StringComparison.OrdinalIgnoreCase);
        var first = page.Locator("li.hit").First;
        Assert.Contains(WebServerFixture.Warehouse, await first.Locator(".doc").InnerTextAsync());
        Assert.Contains("3.2 冷藏车辆调度", await first.Locator(".section").InnerTextAsync());
        Assert.True(await first.Locator("mark").CountAsync() > 0);
        await Screenshot(page, "search");

        await first.Locator("a.hit-link").ClickAsync();
        await page.WaitForURLAsync("**/doc/**");
        var outline = page.Locator("nav.outline a");
        Assert.True(await outline.CountAsync() >= 5);
        Assert.Contains("3.2 冷藏车辆调度", await page.Locator("nav.outline").InnerTextAsync());
        var table = page.Locator(".doc-body table.grid").First;
        Assert.True(await table.IsVisibleAsync());
        Assert.Contains("订单准时交付率", await table.InnerTextAsync());
        Assert.Contains("≥98%", await table.InnerTextAsync());
        Assert.Contains("≥92%", await page.Locator("#records").InnerTextAsync());
        await Screenshot(page, "document");
    }

    [Fact]
    public async Task PageLinks_LeadThroughEveryHit_KeepingTheFilters()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/search?q=" + Uri.EscapeDataString("风险") + "&kind=risk&top=3").ToString());

        var count = await page.Locator("p.count").InnerTextAsync();
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(count, @"共 (\d+) 条").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("显示第 1–3 条", count);
        var seen = new List<string>();
        seen.AddRange(await page.Locator("li.hit .where").AllInnerTextsAsync());
        while (await page.Locator("nav.pager a[rel=next]").CountAsync() > 0)
        {
            await page.Locator("nav.pager a[rel=next]").ClickAsync();
            await page.WaitForLoadStateAsync();
            Assert.Contains("top=3", page.Url);
            Assert.Contains("kind=risk", page.Url);
            seen.AddRange(await page.Locator("li.hit .where").AllInnerTextsAsync());
            Assert.True(seen.Count <= total, $"{seen.Count} hits shown of {total}");
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(((total + 2) / 3).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("nav.pager .current").InnerTextAsync());
        await Screenshot(page, "search-last-page");

        await page.Locator("nav.pager a[rel=prev]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(3, await page.Locator("li.hit").CountAsync());
    }

    [Fact]
    public async Task SlashKey_FocusesTheSearchBox()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/search?q=" + Uri.EscapeDataString("风险")).ToString());
        await page.Locator("h1, p.count").First.ClickAsync();
        await page.Locator("#q").EvaluateAsync("box => box.blur()");

        await page.Keyboard.PressAsync("/");

        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task CompareSatisfaction_ListsThePlansWithTheirNumbers_AndDrawsAChart()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/compare").ToString());
        await page.Locator("#q").FillAsync("客户满意度");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync("**/compare?name=*");

        var rows = page.Locator("table.comparison tbody tr");
        Assert.True(await rows.CountAsync() >= 3);
        Assert.Contains("≥92%", await rows.Filter(new() { HasText = WebServerFixture.Warehouse }).InnerTextAsync());
        Assert.Contains("≥90%", await rows.Filter(new() { HasText = WebServerFixture.Mall }).InnerTextAsync());
        Assert.Contains("≥88%", await rows.Filter(new() { HasText = WebServerFixture.Parking }).InnerTextAsync());
        var chart = page.Locator("svg.chart");
        Assert.True(await chart.IsVisibleAsync());
        // One bar per comparable value, as many as the spread counts.
        var spread = await page.Locator(".spread").InnerTextAsync();
        var comparable = int.Parse(System.Text.RegularExpressions.Regex.Match(spread, @"(\d+) 个可比值").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(comparable >= 3);
        // A bar per comparable row; the spread counts a plan's repeated value once.
        Assert.True(await chart.Locator("g.bar").CountAsync() >= comparable);
        Assert.Contains("中位数", spread);
        await Screenshot(page, "compare");
    }

    [Theory]
    [InlineData("md")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public async Task BootstrapDownload_CompletesWithAValidFile(string format)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/bootstrap").ToString());
        await page.Locator($"input[name=doc][value=\"{WebServerFixture.Warehouse}\"]").CheckAsync();
        await page.Locator($"input[name=doc][value=\"{WebServerFixture.Mall}\"]").CheckAsync();
        await page.Locator($"input[name=format][value=\"{format}\"]").CheckAsync();
        if (format == "md")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
            await page.WaitForURLAsync("**/bootstrap?*");
            Assert.Contains("客户满意度", await page.Locator("section.preview").InnerTextAsync());
            await Screenshot(page, "bootstrap");
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "opsk-download-" + Guid.NewGuid().ToString("N") + "." + format);
        await download.SaveAsAsync(path);
        try
        {
            Assert.Null(await download.FailureAsync());
            Assert.EndsWith("." + format, download.SuggestedFilename);
            if (format == "md")
            {
                var markdown = await File.ReadAllTextAsync(path);
                Assert.Contains("| ", markdown);
                Assert.Contains("≥92%", markdown);
                Assert.Contains("≥90%", markdown);
            }
            else
            {
                using var zip = ZipFile.OpenRead(path);
                Assert.NotNull(zip.GetEntry(format == "docx" ? "word/document.xml" : "xl/workbook.xml"));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task HostilePage_RunsNoScript()
    {
        var page = await chromium.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        string[] paths =
        [
            "/search?q=" + Uri.EscapeDataString(HostileDocument.MarkerWord),
            "/docs",
            "/bootstrap",
            "/compare?name=" + Uri.EscapeDataString("客户满意度"),
            "/records?doc=" + Uri.EscapeDataString(HostileDocument.FileName),
            "/doc/" + Uri.EscapeDataString(HostileDocument.FileName),
        ];
        foreach (var path in paths)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await page.EvaluateAsync<bool>("typeof window.__xss === 'undefined'"), $"a payload ran on {path}");
            Assert.Equal(0, await page.Locator("main img, main svg[onload], main a[href^='javascript:' i]").CountAsync());
        }

        // The last page is the hostile document: its payloads are on screen as text.
        Assert.Contains(HostileDocument.ScriptPayload, await page.Locator("main h1").InnerTextAsync());
        Assert.Contains(HostileDocument.ImagePayload, await page.Locator("nav.outline").InnerTextAsync());
        Assert.Empty(dialogs);
        await Screenshot(page, "xss");
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots(), name + ".png"), FullPage = true });
}
