namespace OpsKnowledge.Web.Html;

/// <summary>The frame every page shares: head with our own stylesheet and script only, the navigation bar, the footer with shortcuts.</summary>
internal static class PageLayout
{
    public static string Render(string title, string active, TrustedHtml body)
    {
        var html = new HtmlWriter();
        html.Append($"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · OpsKnowledge</title>
            <link rel="stylesheet" href="/assets/site.css">
            <script src="/assets/site.js" defer></script>
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">OpsKnowledge <span>方案知识库</span></a>
            <nav>
            """);
        foreach (var (href, label, key) in new[] { ("/", "搜索", "search"), ("/docs", "文档", "docs"), ("/records", "记录", "records"), ("/compare", "指标对比", "compare"), ("/bootstrap", "新方案骨架", "bootstrap") })
        {
            var current = key == active ? new TrustedHtml(" aria-current=\"page\"") : new TrustedHtml("");
            html.Append($"<a href=\"{href}\"{current}>{label}</a>");
        }
        html.Append($"""
            </nav>
            </header>
            <main>
            {body}
            </main>
            <footer>快捷键：<kbd>/</kbd> 搜索框 · <kbd>j</kbd>/<kbd>k</kbd> 上下移动结果 · <kbd>Enter</kbd> 打开 · <kbd>Esc</kbd> 离开输入框</footer>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
