using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Hosting;
using OpsKnowledge.Web.Knowledge;

namespace OpsKnowledge.Web.Pages;

/// <summary>The HTML pages: search, documents, comparison, bootstrap and its download.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Search);
        routes.MapGet("/search", Search);
        routes.MapGet("/docs", (KnowledgeSource source) => Html(DocumentListPage.Render(source.Documents.Documents())));
        routes.MapGet("/doc/{id}", Document);
        routes.MapGet("/compare", Compare);
        routes.MapGet("/bootstrap", Bootstrap);
        routes.MapGet("/bootstrap/download", Download);
    }

    public static IResult Html(string page, int status = StatusCodes.Status200OK) => new PageResult(page, status);

    private static IResult Search(HttpRequest request, KnowledgeSource source, RequestLimits limits)
    {
        var docs = source.Documents.Documents();
        var q = QueryValues.One(request.Query, "q");
        if (q is null) return Html(SearchPage.Render(null, null, docs, null));
        var top = limits.Top(request.Query, 20, out var error);
        var offset = RequestLimits.Offset(request.Query, out var offsetError);
        error ??= offsetError;
        var search = new SearchRequest
        {
            Query = q,
            Top = top ?? 20,
            Offset = offset ?? 0,
            Kind = EntryKindFilter.Parse(QueryValues.One(request.Query, "kind")),
            Doc = QueryValues.One(request.Query, "doc"),
            Scope = QueryValues.One(request.Query, "scope"),
            Period = QueryValues.One(request.Query, "period"),
        };
        if (error is not null) return Html(SearchPage.Render(search, null, docs, error), StatusCodes.Status400BadRequest);
        return Html(SearchPage.Render(search, source.Search.Search(search with { WithFacets = true }), docs, null));
    }

    private static IResult Document(string id, HttpContext context, KnowledgeSource source, WebServerOptions options)
    {
        var page = RequestLimits.Number(context.Request.Query, "page", 1, 1, int.MaxValue, out var error);
        if (page is null) return Html(MessagePage.Render("请求无效", error!), StatusCodes.Status400BadRequest);
        var document = source.Documents.Load(id);
        if (document is null) return Html(MessagePage.Render("未找到文档", $"索引中没有文档 “{id}”。"), StatusCodes.Status404NotFound);
        context.RequestAborted.ThrowIfCancellationRequested();
        var records = source.Records.Records(new RecordFilter { Doc = id, Top = DocumentPage.MaxRecordsShown });
        var window = DocumentWindow.Of(document, page.Value, options.BlocksPerPage, options.CharactersPerPage, context.RequestAborted);
        return Html(DocumentPage.Render(document, records, window, options.CharactersPerPage, context.RequestAborted));
    }

    private static IResult Compare(HttpRequest request, KnowledgeSource source, WebServerOptions options)
    {
        var docs = source.Documents.Documents();
        var name = QueryValues.One(request.Query, "name");
        var planDocs = QueryValues.All(request.Query, "doc");
        if (name is not null)
        {
            return Html(ComparePage.Render(name, source.Compare(name), null, docs, [], null));
        }
        if (planDocs.Count > 0)
        {
            if (planDocs.Count != 2) return Html(ComparePage.Render(null, null, null, docs, [], "请选择两份不同的方案进行对比。"), StatusCodes.Status400BadRequest);
            var missing = planDocs.FirstOrDefault(d => docs.All(s => s.Id != d));
            if (missing is not null) return Html(ComparePage.Render(null, null, null, docs, [], $"索引中没有文档 “{missing}”。"), StatusCodes.Status404NotFound);
            return Html(ComparePage.Render(null, null, source.ComparePlans(planDocs[0], planDocs[1]), docs, [], null));
        }
        return Html(ComparePage.Render(null, null, null, docs, source.SharedKpis(), null));
    }

    private static IResult Bootstrap(HttpRequest request, KnowledgeSource source)
    {
        var docs = source.Documents.Documents();
        var bootstrap = BootstrapRequest.From(request.Query);
        if (bootstrap.Format is null)
        {
            return Html(BootstrapPage.Render(docs, bootstrap.Docs, bootstrap.Like, "md", null, "格式只能是 md、docx 或 xlsx。"), StatusCodes.Status400BadRequest);
        }
        if (bootstrap.IsEmpty) return Html(BootstrapPage.Render(docs, [], null, bootstrap.FormatName, null, null));
        var skeleton = bootstrap.Build(source, out var chosen, out var reason);
        var error = skeleton is null ? $"没有找到可用的方案：请勾选文档，或换一个描述。（{reason}）" : null;
        return Html(BootstrapPage.Render(docs, chosen, bootstrap.Like, bootstrap.FormatName, skeleton, error), skeleton is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private static IResult Download(HttpRequest request, KnowledgeSource source)
    {
        var bootstrap = BootstrapRequest.From(request.Query);
        var (file, error, status) = SkeletonFile(bootstrap, source);
        if (file is not null) return file;
        return Html(BootstrapPage.Render(source.Documents.Documents(), bootstrap.Docs, bootstrap.Like, bootstrap.Format is null ? "md" : bootstrap.FormatName, null, error), status);
    }

    /// <summary>The download for a bootstrap request, or the reason and status to refuse it with.</summary>
    internal static (IResult? File, string? Error, int Status) SkeletonFile(BootstrapRequest bootstrap, KnowledgeSource source)
    {
        if (bootstrap.Format is not { } format) return (null, "格式只能是 md、docx 或 xlsx (format must be md, docx or xlsx)", StatusCodes.Status400BadRequest);
        if (bootstrap.IsEmpty) return (null, "请至少选择一份方案 (give doc=… or like=…)", StatusCodes.Status400BadRequest);
        var skeleton = bootstrap.Build(source, out _, out var reason);
        if (skeleton is null) return (null, $"没有找到可用的方案 ({reason})", StatusCodes.Status404NotFound);
        var writer = SkeletonWriters.For(format);
        using var buffer = new MemoryStream();
        // The OpenXml writers need a seekable stream; skeletons are small.
        writer.Write(buffer, skeleton);
        return (Results.File(buffer.ToArray(), writer.ContentType, BootstrapRequest.FileName(writer, DateTimeOffset.UtcNow)), null, StatusCodes.Status200OK);
    }
}
