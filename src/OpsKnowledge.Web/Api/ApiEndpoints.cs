using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Hosting;
using OpsKnowledge.Web.Knowledge;
using OpsKnowledge.Web.Pages;

namespace OpsKnowledge.Web.Api;

/// <summary>The JSON API under /api, mirroring the CLI: the same objects in the same OpsJson shape; errors as {"error": "..."}.</summary>
internal static class ApiEndpoints
{
    private const string JsonType = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/search", Search);
        api.MapGet("/docs", Documents);
        api.MapGet("/docs/{id}", Document);
        api.MapGet("/records", Records);
        api.MapGet("/compare", Compare);
        api.MapGet("/bootstrap", (HttpRequest request, KnowledgeSource source) =>
        {
            var (file, error, status) = PageEndpoints.SkeletonFile(BootstrapRequest.From(request.Query), source);
            return file ?? Error(error!, status);
        });
        api.MapGet("/{**rest}", (string? rest) => Error($"no API route /api/{rest}", StatusCodes.Status404NotFound));
    }

    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, OpsJson.Options, JsonType, status);

    public static IResult Error(string message, int status) => Json(new ApiError(message), status);

    // A document list is small per entry, but an archive can hold 100,000 of them.
    private const int MaxDocsListed = 1_000;

    private static IResult Documents(HttpContext context, KnowledgeSource source)
    {
        var query = context.Request.Query;
        var offset = RequestLimits.Number(query, "offset", 0, 0, int.MaxValue, out var error);
        var top = RequestLimits.Number(query, "top", MaxDocsListed, 1, MaxDocsListed, out var topError);
        if (offset is null || top is null) return Error((error ?? topError)!, StatusCodes.Status400BadRequest);
        var all = source.Documents.Documents();
        context.Response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Json(all.Skip(offset.Value).Take(top.Value).ToList());
    }

    private static IResult Document(string id, HttpContext context, KnowledgeSource source, WebServerOptions options)
    {
        var page = RequestLimits.Number(context.Request.Query, "page", 1, 1, int.MaxValue, out var error);
        if (page is null) return Error(error!, StatusCodes.Status400BadRequest);
        if (source.Documents.Load(id) is not { } document) return Error($"no document '{id}' in the index", StatusCodes.Status404NotFound);
        var window = DocumentWindow.Of(document, page.Value, options.BlocksPerPage, options.CharactersPerPage, context.RequestAborted);
        return Json(DocumentView.Of(document, window, options.CharactersPerPage));
    }

    private static IResult Search(HttpRequest request, KnowledgeSource source, RequestLimits limits)
    {
        var q = QueryValues.One(request.Query, "q");
        if (q is null) return Error("q is required", StatusCodes.Status400BadRequest);
        var top = limits.Top(request.Query, 10, out var error);
        if (top is null) return Error(error!, StatusCodes.Status400BadRequest);
        var offset = RequestLimits.Offset(request.Query, out error);
        if (offset is null) return Error(error!, StatusCodes.Status400BadRequest);
        var results = source.Search.Search(new SearchRequest
        {
            Query = q,
            Top = top.Value,
            Offset = offset.Value,
            Kind = EntryKindFilter.Parse(QueryValues.One(request.Query, "kind")),
            Doc = QueryValues.One(request.Query, "doc"),
            Scope = QueryValues.One(request.Query, "scope"),
            Period = QueryValues.One(request.Query, "period"),
            WithFacets = true,
        });
        return Json(new SearchPageResponse(results.TotalHits, results.TotalHitsIsLowerBound, results.Offset, top.Value, results.KeyTerms, results.Hits, results.Facets));
    }

    private static IResult Records(HttpRequest request, KnowledgeSource source, RequestLimits limits)
    {
        var top = limits.Top(request.Query, 100, out var error);
        if (top is null) return Error(error!, StatusCodes.Status400BadRequest);
        return Json(source.Records.Records(new RecordFilter
        {
            Kind = EntryKindFilter.Parse(QueryValues.One(request.Query, "kind")),
            Doc = QueryValues.One(request.Query, "doc"),
            Name = QueryValues.One(request.Query, "name"),
            Scope = QueryValues.One(request.Query, "scope"),
            Period = QueryValues.One(request.Query, "period"),
            Top = top.Value,
        }));
    }

    private static IResult Compare(HttpRequest request, KnowledgeSource source)
    {
        var name = QueryValues.One(request.Query, "name");
        if (name is not null) return Json(source.Compare(name));
        var docs = QueryValues.All(request.Query, "doc");
        if (docs.Count != 2) return Error("give name=KPI, or doc=A&doc=B (two documents)", StatusCodes.Status400BadRequest);
        var known = source.Documents.Documents();
        var missing = docs.FirstOrDefault(d => known.All(s => s.Id != d));
        if (missing is not null) return Error($"no document '{missing}' in the index", StatusCodes.Status404NotFound);
        return Json(source.ComparePlans(docs[0], docs[1]));
    }

    private sealed record ApiError(string Error);

    /// <summary>One page of search hits: total (exact unless totalIsLowerBound), where the page starts and its size, the key terms
    /// searched when the query was long.</summary>
    private sealed record SearchPageResponse(int Total, bool TotalIsLowerBound, int Offset, int Limit, IReadOnlyList<string>? KeyTerms, IReadOnlyList<SearchHit> Hits,
        SearchFacets? Facets);
}
