using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>The home and search page: one search box (the query lives in ?q= so searches can be bookmarked), filters, ranked hits.</summary>
internal static class SearchPage
{
    public static string Render(SearchRequest? request, SearchResults? results, IReadOnlyList<DocumentSummary> docs, string? error)
    {
        var html = new HtmlWriter();
        var q = request?.Query ?? "";
        var shownQuery = q.Length > 40 ? q[..40] + "…" : q;
        html.Append($"""
            <form class="search" action="/search" method="get" role="search">
            <input id="q" type="search" name="q" value="{q}" placeholder="搜索往期方案：例如 客户满意度、冷链 风险、&quot;年度目标&quot;" autofocus maxlength="500" aria-label="搜索">
            <button type="submit">搜索</button>
            <div class="filters">
            <label>类型 <select name="kind">
            """);
        foreach (var (value, label) in Labels.Kinds) Option(html, value, label, request?.Kind?.WireName);
        html.Append($"</select></label><label>文档 <select name=\"doc\"><option value=\"\">全部文档</option>");
        foreach (var doc in docs) Option(html, doc.Id, doc.Title is { Length: > 0 } t ? $"{t}（{doc.Id}）" : doc.Id, request?.Doc);
        html.Append($"</select></label><label>范围 <select name=\"scope\">");
        foreach (var (value, label) in Labels.Scopes) Option(html, value, label, request?.Scope);
        html.Append($"</select></label></div></form>");
        if (error is null && request is not null && results is not null) SearchFacetLinks.Write(html, request, results.Facets, docs);

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
            KeyTermsNote(html, results);
            html.Append($"<p class=\"empty\">没有找到与 “{shownQuery}” 相关的内容。</p>");
            if (results is { Offset: > 0, TotalHits: > 0 }) Pager(html, request, results);
        }
        else
        {
            KeyTermsNote(html, results);
            var first = results.Offset + 1;
            var last = results.Offset + results.Hits.Count;
            html.Append($"<p class=\"count\">共 {results.TotalHits}{(results.TotalHitsIsLowerBound ? " 余" : "")} 条结果，显示第 {first}–{last} 条</p>");
            html.Append($"<p class=\"export\"><a id=\"export\" href=\"{Links.Query("/search/export.csv", ("q", request!.Query), ("kind", request.Kind?.WireName), ("doc", request.Doc), ("scope", request.Scope), ("period", request.Period), ("top", "100"))}\">导出结果 (CSV)</a></p><ol class=\"hits\" start=\"{first}\">");
            foreach (var hit in results.Hits) Hit(html, hit);
            html.Append($"</ol>");
            Pager(html, request, results);
        }
        return PageLayout.Render(q.Length > 0 ? $"{shownQuery} - 搜索" : "搜索", "search", new TrustedHtml(html.ToString()));
    }

    private static void Hit(HtmlWriter html, SearchHit hit)
    {
        var anchor = hit.RecordId is { } recordId ? Links.RecordAnchor(recordId) : hit.Kind == EntryKindFilter.SectionWireName ? Links.SectionAnchor(hit.Start) : null;
        var page = hit.Page is { } p ? $" · 第{p}页" : "";
        html.Append($"""
            <li class="hit" data-kind="{hit.Kind}">
            <div class="where"><a class="hit-link" href="{Links.Doc(hit.Doc, anchor)}"><span class="doc">{hit.Doc}</span>{(hit.Title is { Length: > 0 } title ? new TrustedHtml(" <span class=\"title\">《") : new TrustedHtml(""))}{hit.Title ?? ""}{(hit.Title is { Length: > 0 } ? new TrustedHtml("》</span>") : new TrustedHtml(""))} › <span class="section">{(hit.Section.Length > 0 ? hit.Section : "（正文开头）")}</span></a>
            <span class="kind kind-{hit.Kind}">{Labels.Kind(hit.Kind)}</span><span class="meta">{page}</span></div>
            <p class="snippet">{MarkedText.Render(hit.Snippet, hit.Highlights)}</p>
            """);
        if (hit.Records is { Count: > 1 } records)
        {
            foreach (var merged in records) RecordView.Write(html, merged);
        }
        else if (hit.Record is { } record)
        {
            RecordView.Write(html, record);
        }
        html.Append($"</li>");
    }

    private static void KeyTermsNote(HtmlWriter html, SearchResults? results)
    {
        if (results?.KeyTerms is not { } terms) return;
        if (terms.Count == 0) html.Append($"<p class=\"note\" role=\"note\">查询较长，其中的词在索引中都没有出现。</p>");
        else html.Append($"<p class=\"note\" role=\"note\">查询较长，已按其中 {terms.Count} 个关键词搜索：{string.Join(" ", terms)}</p>");
    }

    /// <summary>Previous / numbered / next page links; every link keeps the query and filters.</summary>
    private static void Pager(HtmlWriter html, SearchRequest request, SearchResults results)
    {
        var size = Math.Max(1, request.Top);
        var pages = (results.TotalHits + size - 1) / size;
        var current = results.Offset / size;
        if (pages <= 1 && current == 0) return;
        html.Append($"<nav class=\"pager\" aria-label=\"分页\">");
        if (current > 0) PageLink(html, request, (current - 1) * size, "上一页", "prev");
        var from = Math.Max(0, current - 4);
        var to = Math.Min(pages - 1, from + 8);
        for (var page = from; page <= to; page++)
        {
            if (page == current) html.Append($"<span class=\"current\" aria-current=\"page\">{page + 1}</span>");
            else PageLink(html, request, page * size, (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        }
        if (results.Offset + results.Hits.Count < results.TotalHits || results.TotalHitsIsLowerBound && results.Hits.Count == size)
        {
            PageLink(html, request, (current + 1) * size, "下一页", "next");
        }
        html.Append($"</nav>");
    }

    private static void PageLink(HtmlWriter html, SearchRequest request, int offset, string label, string? rel)
    {
        var href = Links.Query("/search", ("q", request.Query), ("kind", request.Kind?.WireName), ("doc", request.Doc), ("scope", request.Scope),
            ("period", request.Period), ("top", request.Top == 20 ? null : request.Top.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("offset", offset == 0 ? null : offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var relation = rel is null ? new TrustedHtml("") : new TrustedHtml($" rel=\"{rel}\"");
        html.Append($"<a class=\"page\" href=\"{href}\"{relation}>{label}</a>");
    }

    internal static void Option(HtmlWriter html, string value, string label, string? selected)
    {
        var mark = string.Equals(value, selected ?? "", StringComparison.Ordinal) ? new TrustedHtml(" selected") : new TrustedHtml("");
        html.Append($"<option value=\"{value}\"{mark}>{label}</option>");
    }
}
