using System.Globalization;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>Hit counts per kind, plan and scope beside the search results, each a link that applies that filter (keeping the query
/// and the other filters); the chosen value is marked, with 全部 to clear it.</summary>
internal static class SearchFacetLinks
{
    // A search over a large archive can touch hundreds of plans; the most-hit ones are listed, the filter box still offers all.
    private const int MaxDocsListed = 30;

    public static void Write(HtmlWriter html, SearchRequest request, SearchFacets? facets, IReadOnlyList<DocumentSummary> docs)
    {
        if (facets is null) return;
        var titles = docs.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        // Several files can hold one plan (two formats, two versions): a shared title gets its file name so the links differ.
        var shared = docs.Where(d => d.Title is { Length: > 0 }).GroupBy(d => d.Title!, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        html.Append($"<nav class=\"facets\" aria-label=\"按类型、文档、范围筛选\">");
        Facet(html, request, "kind", "类型", request.Kind?.WireName, facets.Kinds, Labels.Kind);
        Facet(html, request, "doc", "文档", request.Doc, facets.Docs.Take(MaxDocsListed).ToList(),
            value => titles.GetValueOrDefault(value) is { Length: > 0 } title ? shared.Contains(title) ? $"{title}（{value}）" : title : value);
        Facet(html, request, "scope", "范围", request.Scope, facets.Scopes,
            value => Labels.Scopes.FirstOrDefault(s => s.Value == value).Label ?? value);
        if (facets.IsLowerBound) html.Append($"<p class=\"note\">匹配项过多，以上计数为下限。</p>");
        html.Append($"</nav>");
    }

    private static void Facet(HtmlWriter html, SearchRequest request, string name, string label, string? chosen, IReadOnlyList<FacetCount> counts,
        Func<string, string> valueLabel)
    {
        if (counts.Count == 0 && string.IsNullOrEmpty(chosen)) return;
        html.Append($"<div class=\"facet\" data-facet=\"{name}\"><span class=\"facet-name\">{label}</span>");
        if (!string.IsNullOrEmpty(chosen)) html.Append($"<a class=\"facet-clear\" href=\"{Href(request, name, null)}\">全部</a>");
        foreach (var count in counts)
        {
            var number = count.Count.ToString(CultureInfo.InvariantCulture);
            if (string.Equals(count.Value, chosen, StringComparison.Ordinal))
            {
                html.Append($"<strong class=\"facet-value\" data-value=\"{count.Value}\" aria-current=\"true\">{valueLabel(count.Value)} <span class=\"facet-count\">{number}</span></strong>");
            }
            else
            {
                html.Append($"<a class=\"facet-value\" data-value=\"{count.Value}\" href=\"{Href(request, name, count.Value)}\" title=\"{count.Value}\">{valueLabel(count.Value)} <span class=\"facet-count\">{number}</span></a>");
            }
        }
        html.Append($"</div>");
    }

    /// <summary>The search with one filter set to <paramref name="value"/> (or cleared), from its first page.</summary>
    private static string Href(SearchRequest request, string name, string? value) =>
        Links.Query("/search", ("q", request.Query),
            ("kind", name == "kind" ? value : request.Kind?.WireName),
            ("doc", name == "doc" ? value : request.Doc),
            ("scope", name == "scope" ? value : request.Scope),
            ("period", request.Period),
            ("top", request.Top == 20 ? null : request.Top.ToString(CultureInfo.InvariantCulture)));
}
