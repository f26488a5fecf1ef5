using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsKnowledge.Web.Api;
using OpsKnowledge.Web.Hosting;
using OpsKnowledge.Web.Knowledge;
using OpsKnowledge.Web.Pages;

namespace OpsKnowledge.Web;

/// <summary>Builds the web front end: Kestrel, the pages, the JSON API and the embedded assets over a read-only index.</summary>
public static class OpsWebServer
{
    public static WebApplication Build(WebServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(OpsWebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Every route is a GET; nothing needs a body.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new KnowledgeSource(options.IndexDirectory));
        builder.Services.AddSingleton(new RequestLimits(options));
        builder.Services.AddSingleton(new RequestGuard(options));
        builder.Services.AddSingleton(new EmbeddedAssets());
        builder.Services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = options.RequestTimeout, TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable };
        });

        var app = builder.Build();
        var limits = app.Services.GetRequiredService<RequestLimits>();
        var guard = app.Services.GetRequiredService<RequestGuard>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OpsKnowledge.Web");

        app.Use(async (context, next) =>
        {
            // OnStarting: the headers survive a cleared response (error pages) and reach 404s and assets alike.
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response);
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            catch (ResponseTooLargeException ex) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await Refuse(context, $"响应过大 ({ex.Message})", StatusCodes.Status500InternalServerError).ExecuteAsync(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
            {
                log.LogError(ex, "request {Path} failed", context.Request.Path);
                context.Response.Clear();
                await Refuse(context, "服务器内部错误 (internal error)", StatusCodes.Status500InternalServerError).ExecuteAsync(context);
            }
        });
        app.Use((context, next) => guard.InvokeAsync(context, next, (c, message, status) => Refuse(c, message, status).ExecuteAsync(c)));
        app.Use(async (context, next) =>
        {
            if (limits.Check(context.Request.Query) is { } reason)
            {
                await Refuse(context, reason, StatusCodes.Status400BadRequest).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        app.UseRouting();
        app.UseRequestTimeouts();

        app.MapGet("/assets/{name}", (string name, HttpContext context, EmbeddedAssets assets) =>
        {
            if (assets.Find(name) is not { } asset) return Refuse(context, "未找到 (not found)", StatusCodes.Status404NotFound);
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(asset.Bytes, asset.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(asset.ETag));
        });
        PageEndpoints.Map(app);
        RecordEndpoints.Map(app);
        ApiEndpoints.Map(app);
        app.MapFallback((HttpContext context) => Refuse(context, "未找到该页面 (not found)", StatusCodes.Status404NotFound));
        return app;
    }

    /// <summary>An error as JSON under /api, as a page elsewhere.</summary>
    private static IResult Refuse(HttpContext context, string message, int status) =>
        context.Request.Path.StartsWithSegments("/api")
            ? ApiEndpoints.Error(message, status)
            : PageEndpoints.Html(Pages.MessagePage.Render(status == StatusCodes.Status404NotFound ? "未找到" : status >= 500 ? "出错了" : "请求无效", message), status);
}
