using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>A page that only says what went wrong (not found, bad request, server error).</summary>
internal static class MessagePage
{
    public static string Render(string title, string message)
    {
        var html = new HtmlWriter();
        html.Append($"<h1>{title}</h1><p class=\"error\" role=\"alert\">{message}</p><p><a href=\"/\">返回搜索</a></p>");
        return PageLayout.Render(title, "", new TrustedHtml(html.ToString()));
    }
}
