using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace OpsKnowledge.Web.Tests.Browser;

/// <summary>The records page, its downloads, search export and the original file, in a real browser.</summary>
[Collection(WebServerCollection.Name)]
public sealed class RecordsBrowserTests(WebServerFixture server, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task FilterByKindAndName_ThenSortByNumber_BothWays()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/records").ToString());
        await page.Locator("#kind").SelectOptionAsync("kpi");
        await page.Locator("#name").FillAsync("客户满意度");
        await page.Locator("#name").PressAsync("Enter");
        await page.WaitForURLAsync("**/records?*name=*");

        var rows = page.Locator("table.records tbody tr");
        Assert.True(await rows.CountAsync() >= 3);
        Assert.Equal(await rows.CountAsync(), await page.Locator("table.records tbody tr[data-kind=kpi]").CountAsync());
        Assert.True(await rows.Filter(new() { HasText = WebServerFixture.Warehouse }).CountAsync() >= 1);

        await page.Locator("th[data-key=number] a").ClickAsync();
        await page.WaitForURLAsync("**sort=number*");
        var ascending = await Numbers(page);
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal("ascending", await page.Locator("th[data-key=number]").GetAttributeAsync("aria-sort"));

        await page.Locator("th[data-key=number] a").ClickAsync();
        await page.WaitForURLAsync("**dir=desc*");
        var descending = await Numbers(page);
        Assert.Equal(ascending.OrderDescending(), descending);
        Assert.Equal(ascending.Count, descending.Count);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots(), "records.png"), FullPage = true });
    }

    [Fact]
    public async Task CsvDownload_HoldsTheRowsShown_WithAFormulaWrittenAsText()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/records?doc=" + Uri.EscapeDataString(HostileDocument.FileName)).ToString());
        var shown = await page.Locator("table.records tbody tr").CountAsync();

        var text = await DownloadText(page, "#csv");

        Assert.StartsWith("\uFEFF类型,名称,规范指标,目标值,数值,单位", text);
        var lines = text.TrimEnd('\r', '\n').Split("\r\n");
        Assert.Equal(shown + 1, lines.Length);
        // The cell starts with an apostrophe: a spreadsheet shows the text and runs nothing.
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"打开\"\")\"", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.DoesNotContain(",\"=HYPERLINK", text);
    }

    [Fact]
    public async Task XlsxDownload_StoresNumbersAsNumbers()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/records?kind=kpi&doc=" + Uri.EscapeDataString(WebServerFixture.Warehouse)).ToString());
        var shown = await page.Locator("table.records tbody tr").CountAsync();

        var bytes = await Download(page, "#xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var rows = sheet.Descendants<X.Row>().ToList();
        Assert.Equal(shown + 1, rows.Count);
        var numberCells = rows.Skip(1).Select(r => r.Elements<X.Cell>().ElementAt(4)).Where(c => c.CellValue is not null && c.DataType is null).ToList();
        Assert.NotEmpty(numberCells);
        Assert.All(numberCells, c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task SearchExport_ListsTheHitsInRankOrder()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/search?q=" + Uri.EscapeDataString("冷藏车辆调度")).ToString());
        var firstDoc = await page.Locator("li.hit .doc").First.InnerTextAsync();

        var text = await DownloadText(page, "#export");

        var lines = text.TrimEnd('\r', '\n').Split("\r\n");
        Assert.StartsWith("\uFEFF排名,文档,章节,类型,得分,摘要", lines[0]);
        Assert.StartsWith("1,", lines[1]);
        Assert.Contains(firstDoc.Trim(), lines[1]);
    }

    [Fact]
    public async Task OriginalFile_DownloadsTheIngestedBytes_ByDocumentIdOnly()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/doc/" + Uri.EscapeDataString(WebServerFixture.Warehouse)).ToString());

        var bytes = await Download(page, "#original");

        Assert.Equal(await File.ReadAllBytesAsync(TestPaths.Fixtures(Path.Combine("plans", WebServerFixture.Warehouse))), bytes);
        foreach (var path in new[] { "/doc/no-such-plan.md/original", "/doc/..%2F..%2F..%2Fetc%2Fpasswd/original", "/doc/%2Fetc%2Fpasswd/original" })
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
        // A scraped page is never rendered on our origin: it comes as an attachment of an opaque type.
        using var hostile = await server.Client.GetAsync("/doc/" + Uri.EscapeDataString(HostileDocument.FileName) + "/original");
        Assert.Equal("application/octet-stream", hostile.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", hostile.Content.Headers.ContentDisposition!.DispositionType);
    }

    private static async Task<List<decimal>> Numbers(IPage page)
    {
        var cells = await page.Locator("table.records tbody td.num").AllInnerTextsAsync();
        return cells.Where(c => c.Length > 0 && !c.Contains('-', StringComparison.Ordinal))
            .Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)).ToList();
    }

    private static async Task<string> DownloadText(IPage page, string selector) => new UTF8Encoding(false).GetString(await Download(page, selector));

    private static async Task<byte[]> Download(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "opsk-download-" + Guid.NewGuid().ToString("N"));
        await download.SaveAsAsync(path);
        try
        {
            Assert.Null(await download.FailureAsync());
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
