using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpsKnowledge.Web.Pages;

/// <summary>A rendered page, refused with a short error page when it is larger than the response size limit.</summary>
/// <remarks>Checked before the first byte is sent: a page cut off half-way would look complete to a reader.</remarks>
internal sealed class PageResult(string page, int status) : IResult
{
    private const string HtmlType = "text/html; charset=utf-8";

    public async Task ExecuteAsync(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<WebServerOptions>().MaxResponseBytes;
        var bytes = Encoding.UTF8.GetBytes(page);
        if (bytes.LongLength > limit)
        {
            bytes = Encoding.UTF8.GetBytes(MessagePage.Render("出错了", $"页面过大 (response larger than {limit / (1024 * 1024)} MB: response size limit)"));
            status = StatusCodes.Status500InternalServerError;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = HtmlType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
