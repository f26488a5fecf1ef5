using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Exports;
using OpsKnowledge.Web.Hosting;
using OpsKnowledge.Web.Knowledge;

namespace OpsKnowledge.Web.Pages;

/// <summary>The records page and its downloads, the export of search results, and the original file of an ingested document.</summary>
internal static class RecordEndpoints
{
    // The page shows at most this many rows; the downloads take up to ExportLimit.
    private const int PageLimit = 500;
    private const int ExportLimit = 20_000;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/records", Page);
        routes.MapGet("/records.csv", (HttpRequest request, KnowledgeSource source) => Export(request, source, csv: true));
        routes.MapGet("/records.xlsx", (HttpRequest request, KnowledgeSource source) => Export(request, source, csv: false));
        routes.MapGet("/search/export.csv", SearchExport);
        routes.MapGet("/doc/{id}/original", Original);
    }

    private static IResult Page(HttpRequest request, KnowledgeSource source)
    {
        var docs = source.Documents.Documents();
        var query = RecordsQuery.From(request.Query, out var error);
        if (query is null) return PageEndpoints.Html(RecordsPage.Render(new RecordsQuery(), [], false, docs, error), StatusCodes.Status400BadRequest);
        var records = source.Records.Records(query.Filter(PageLimit + 1));
        var truncated = records.Count > PageLimit;
        var shown = RecordSheet.Sort(records.Take(PageLimit), query.Sort, query.Descending);
        return PageEndpoints.Html(RecordsPage.Render(query, shown, truncated, docs, null));
    }

    private static IResult Export(HttpRequest request, KnowledgeSource source, bool csv)
    {
        var query = RecordsQuery.From(request.Query, out var error);
        if (query is null) return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var records = RecordSheet.Sort(source.Records.Records(query.Filter(ExportLimit)), query.Sort, query.Descending);
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return csv
            ? Results.File(SafeCsv.Write(RecordSheet.Headers, records.Select(RecordSheet.Row)), "text/csv; charset=utf-8", $"records-{stamp}.csv")
            : Results.File(XlsxSheetWriter.Write("记录", records), XlsxSheetWriter.ContentType, $"records-{stamp}.xlsx");
    }

    private static IResult SearchExport(HttpRequest request, KnowledgeSource source, RequestLimits limits)
    {
        var q = QueryValues.One(request.Query, "q");
        if (q is null) return Results.Text("q is required", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var top = limits.Top(request.Query, 100, out var error);
        if (top is null) return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var results = source.Search.Search(new SearchRequest
        {
            Query = q,
            Top = top.Value,
            Kind = EntryKindFilter.Parse(QueryValues.One(request.Query, "kind")),
            Doc = QueryValues.One(request.Query, "doc"),
            Scope = QueryValues.One(request.Query, "scope"),
            Period = QueryValues.One(request.Query, "period"),
        });
        var rows = results.Hits.Select((h, i) => (IReadOnlyList<string?>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), h.Doc, h.Section, Labels.Kind(h.Kind),
            h.Score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), h.Snippet, h.Record?.Name, h.Record?.Measure?.Value, h.RecordId,
        ]);
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(SafeCsv.Write(["排名", "文档", "章节", "类型", "得分", "摘要", "记录名称", "记录值", "记录ID"], rows), "text/csv; charset=utf-8", $"search-{stamp}.csv");
    }

    /// <summary>
    /// The file a document was ingested from, looked up by the document's id only (never a path from the request), and only
    /// while the file on disk still has the content that was indexed. Always an attachment: a scraped page never runs on our origin.
    /// </summary>
    private static IResult Original(string id, KnowledgeSource source)
    {
        var document = source.Documents.Load(id);
        if (document is null) return PageEndpoints.Html(MessagePage.Render("未找到文档", $"索引中没有文档 “{id}”。"), StatusCodes.Status404NotFound);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(document.SourcePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PageEndpoints.Html(MessagePage.Render("原始文件不可用", $"原始文件已移动或无法读取：{document.SourcePath}"), StatusCodes.Status404NotFound);
        }
        if (new SourceFile(document.SourcePath, bytes).ContentHash != document.ContentHash)
        {
            return PageEndpoints.Html(MessagePage.Render("原始文件已更改", $"磁盘上的文件与入库时不同，请重新入库：{document.SourcePath}"), StatusCodes.Status409Conflict);
        }
        return Results.File(bytes, "application/octet-stream", Path.GetFileName(document.SourcePath));
    }
}
