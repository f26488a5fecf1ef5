using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>Starting a new plan: choose past plans (ticked or "like" a query), preview the skeleton, download it as Markdown, DOCX or XLSX.</summary>
internal static class BootstrapPage
{
    public static string Render(IReadOnlyList<DocumentSummary> docs, IReadOnlyList<string> chosen, string? like, string format, PlanSkeleton? preview, string? error)
    {
        var html = new HtmlWriter();
        html.Append($"""
            <h1>新方案骨架</h1>
            <p class="hint">选择几份往期方案（或输入一句描述，自动找相似方案），生成共有的章节大纲和预填好的目标、指标、风险、里程碑表格，每行注明来源。</p>
            <form class="bootstrap" action="/bootstrap" method="get">
            <fieldset><legend>选择方案</legend><div class="doc-choices">
            """);
        foreach (var doc in docs)
        {
            var check = chosen.Contains(doc.Id) ? new TrustedHtml(" checked") : new TrustedHtml("");
            html.Append($"<label><input type=\"checkbox\" name=\"doc\" value=\"{doc.Id}\"{check}> {doc.Id}{(doc.Title is { Length: > 0 } t ? " — " + t : "")} <span class=\"meta\">{doc.Records} 条记录</span></label>");
        }
        html.Append($"""
            </div></fieldset>
            <label class="like">或者：与此相似的方案 <input id="q" type="search" name="like" value="{like}" placeholder="例如 物流园区 年度计划" maxlength="500"></label>
            <fieldset class="formats"><legend>格式</legend>
            """);
        foreach (var (value, label) in new[] { ("md", "Markdown (.md)"), ("docx", "Word (.docx)"), ("xlsx", "Excel (.xlsx)") })
        {
            var check = value == format ? new TrustedHtml(" checked") : new TrustedHtml("");
            html.Append($"<label><input type=\"radio\" name=\"format\" value=\"{value}\"{check}> {label}</label>");
        }
        html.Append($"""
            </fieldset>
            <button type="submit">预览</button> <button type="submit" id="download" formaction="/bootstrap/download">下载</button>
            </form>
            """);
        if (error is not null) html.Append($"<p class=\"error\" role=\"alert\">{error}</p>");
        if (preview is not null) Preview(html, preview);
        return PageLayout.Render("新方案骨架", "bootstrap", new TrustedHtml(html.ToString()));
    }

    private static void Preview(HtmlWriter html, PlanSkeleton skeleton)
    {
        html.Append($"<section class=\"preview\"><h2>预览：{skeleton.Title}</h2><p class=\"meta\">依据：{string.Join("、", skeleton.Plans)}</p><ol class=\"toc\">");
        foreach (var heading in skeleton.Outline)
        {
            html.Append($"<li class=\"lvl-{Math.Clamp(heading.Level, 1, 6)}\">{heading.Heading} <span class=\"meta\">{heading.PlanCount}/{skeleton.Plans.Count} 份方案</span></li>");
        }
        html.Append($"</ol>");
        foreach (var table in skeleton.Tables)
        {
            html.Append($"<h3>{table.Title} <span class=\"meta\">预填 {table.FilledRows} 行</span></h3><div class=\"table-wrap\"><table class=\"grid\"><tr>");
            foreach (var column in table.Columns) html.Append($"<th>{column}</th>");
            html.Append($"</tr>");
            foreach (var row in table.Rows.Take(30))
            {
                html.Append($"<tr>");
                foreach (var cell in row) html.Append($"<td>{cell}</td>");
                html.Append($"</tr>");
            }
            html.Append($"</table></div>");
        }
        html.Append($"</section>");
    }
}
