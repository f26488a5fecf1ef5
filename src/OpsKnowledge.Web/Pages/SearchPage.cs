using OpsKnowledge.Search;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>The home and search page: one search box (the query lives in ?q= so searches can be bookmarked), filters, ranked hits.</summary>
internal static class SearchPage
{
    public static string Render(SearchRequest? request, SearchResults? results, IReadOnlyList<DocumentSummary> docs, string? error)
    {
        var html = new HtmlWriter();
        var q = request?.Query ?? "";
        html.Append($"""
            <form class="search" action="/search" method="get" role="search">
            <input id="q" type="search" name="q" value="{q}" placeholder="搜索往期方案：例如 客户满意度、冷链 风险、&quot;年度目标&quot;" autofocus maxlength="500" aria-label="搜索">
            <button type="submit">搜索</button>
            <div class="filters">
            <label>类型 <select name="kind">
            """);
        foreach (var (value, label) in Labels.Kinds) Option(html, value, label, request?.Kind);
        html.Append($"</select></label><label>文档 <select name=\"doc\"><option value=\"\">全部文档</option>");
        foreach (var doc in docs) Option(html, doc.Id, doc.Title is { Length: > 0 } t ? $"{t}（{doc.Id}）" : doc.Id, request?.Doc);
        html.Append($"</select></label><label>范围 <select name=\"scope\">");
        foreach (var (value, label) in Labels.Scopes) Option(html, value, label, request?.Scope);
        html.Append($"</select></label></div></form>");

        if (error is not null)
        {
            html.Append($"<p class=\"error\" role=\"alert\">{error}</p>");
        }
        else if (request is null)
        {
            html.Append($"<p class=\"hint\">索引中共有 {docs.Count} 份文档。支持繁体/简体、全角/半角，\"引号\"表示整词，-词 表示排除。</p>");
        }
        else if (results is null || results.Hits.Count == 0)
        {
            html.Append($"<p class=\"empty\">没有找到与 “{q}” 相关的内容。</p>");
        }
        else
        {
            html.Append($"<p class=\"count\">共 {results.TotalHits}{(results.TotalHitsIsLowerBound ? " 余" : "")} 条结果，显示前 {results.Hits.Count} 条</p>");
            html.Append($"<p class=\"export\"><a id=\"export\" href=\"{Links.Query("/search/export.csv", ("q", request!.Query), ("kind", request.Kind), ("doc", request.Doc), ("scope", request.Scope), ("period", request.Period), ("top", "100"))}\">导出结果 (CSV)</a></p><ol class=\"hits\">");
            foreach (var hit in results.Hits) Hit(html, hit);
            html.Append($"</ol>");
        }
        return PageLayout.Render(q.Length > 0 ? $"{q} - 搜索" : "搜索", "search", new TrustedHtml(html.ToString()));
    }

    private static void Hit(HtmlWriter html, SearchHit hit)
    {
        var anchor = hit.RecordId is { } recordId ? Links.RecordAnchor(recordId) : hit.Kind == "section" ? Links.SectionAnchor(hit.Start) : null;
        var page = hit.Page is { } p ? $" · 第{p}页" : "";
        html.Append($"""
            <li class="hit" data-kind="{hit.Kind}">
            <div class="where"><a class="hit-link" href="{Links.Doc(hit.Doc, anchor)}"><span class="doc">{hit.Doc}</span> › <span class="section">{(hit.Section.Length > 0 ? hit.Section : "（正文开头）")}</span></a>
            <span class="kind kind-{hit.Kind}">{Labels.Kind(hit.Kind)}</span><span class="meta">{page}</span></div>
            <p class="snippet">{MarkedText.Render(hit.Snippet, hit.Highlights)}</p>
            """);
        if (hit.Record is { } record) RecordView.Write(html, record);
        html.Append($"</li>");
    }

    internal static void Option(HtmlWriter html, string value, string label, string? selected)
    {
        var mark = string.Equals(value, selected ?? "", StringComparison.Ordinal) ? new TrustedHtml(" selected") : new TrustedHtml("");
        html.Append($"<option value=\"{value}\"{mark}>{label}</option>");
    }
}
