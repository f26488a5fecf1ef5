namespace OpsKnowledge.Web.Tests.Hosting;

/// <summary>A saved page whose file name, title, headings, text and table cells carry script payloads as text, like a scraped page can.</summary>
/// <remarks>The payloads are entity-encoded in the source so the reader keeps them as text: the danger is the front end echoing them back as markup.</remarks>
public static class HostileDocument
{
    public const string FileName = "xss-<img src=x onerror=alert(1)>.html";

    /// <summary>A word only this document contains, to find it by search.</summary>
    public const string MarkerWord = "蝴蝶兰";

    public const string ScriptPayload = "<script>window.__xss=1;alert(1)</script>";

    public const string ImagePayload = "<img src=x onerror=\"window.__xss=2;alert(2)\">";

    public const string SvgPayload = "<svg onload=alert(4)>";

    public const string LinkPayload = "<a href=\"javascript:window.__xss=3\">点我</a>";

    /// <summary>A cell a spreadsheet would run as a formula if an export wrote it as it is.</summary>
    public const string FormulaPayload = "=HYPERLINK(\"http://example.invalid\",\"打开\")";

    public static readonly string[] Payloads = [ScriptPayload, ImagePayload, SvgPayload, LinkPayload];

    /// <summary>Writes the page into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{{E(ScriptPayload)}}恶意方案</title>
            <script>window.__xss = 'script-in-source';</script>
            </head><body>
            <h1>{{E(ScriptPayload)}}恶意方案</h1>
            <h2>一、{{E(ImagePayload)}}项目概况</h2>
            <p>{{MarkerWord}}测试页面。正文带链接 {{E(LinkPayload)}} 和 javascript:alert(3) 字样。</p>
            <h2>二、考核指标{{E(SvgPayload)}}</h2>
            <table>
            <tr><th>指标名称</th><th>目标值{{E(ScriptPayload)}}</th></tr>
            <tr><td>{{E(ImagePayload)}}客户满意度</td><td>≥91%{{E(SvgPayload)}}</td></tr>
            <tr><td>{{E(LinkPayload)}}</td><td>javascript:alert(6)</td></tr>
            <tr><td>{{E(FormulaPayload)}}</td><td>96%</td></tr>
            </table>
            </body></html>
            """);
        return path;
    }

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
}
