using Microsoft.AspNetCore.Http;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Exports;
using OpsKnowledge.Web.Hosting;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>The records page's filters and sort as read from the query string, and links that keep them.</summary>
internal sealed record RecordsQuery
{
    private static readonly string[] KnownScopes = ["plan", "reference"];

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public string? Doc { get; init; }

    public string? Scope { get; init; }

    public string? Period { get; init; }

    public string? Sort { get; init; }

    public bool Descending { get; init; }

    /// <summary>The query, or null with a reason when a value is not one the page knows.</summary>
    public static RecordsQuery? From(IQueryCollection query, out string? error)
    {
        var parsed = new RecordsQuery
        {
            Kind = QueryValues.One(query, "kind"),
            Name = QueryValues.One(query, "name"),
            Doc = QueryValues.One(query, "doc"),
            Scope = QueryValues.One(query, "scope"),
            Period = QueryValues.One(query, "period"),
            Sort = QueryValues.One(query, "sort"),
            Descending = QueryValues.One(query, "dir") == "desc",
        };
        error = parsed.Kind is { } k && !RecordKinds.WireNames.Contains(k) ? $"类型只能是 {string.Join("、", RecordKinds.WireNames)}。"
            : parsed.Scope is { } s && !KnownScopes.Contains(s) ? "范围只能是 plan 或 reference。"
            : parsed.Sort is { } o && !RecordSheet.IsColumn(o) ? $"无法按 “{o}” 排序。"
            : null;
        return error is null ? parsed : null;
    }

    public RecordFilter Filter(int top) => new() { Kind = EntryKindFilter.Parse(Kind), Name = Name, Doc = Doc, Scope = Scope, Period = Period, Top = top };

    public string Link(string path) => Links.Query(path,
        ("kind", Kind), ("name", Name), ("doc", Doc), ("scope", Scope), ("period", Period), ("sort", Sort), ("dir", Sort is null ? null : Descending ? "desc" : "asc"));
}
