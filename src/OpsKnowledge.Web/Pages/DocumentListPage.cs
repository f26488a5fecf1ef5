using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>Every indexed document with its counts, linking to the document page.</summary>
internal static class DocumentListPage
{
    public static string Render(IReadOnlyList<DocumentSummary> docs)
    {
        var html = new HtmlWriter();
        html.Append($"<h1>文档（{docs.Count}）</h1>");
        if (docs.Count == 0)
        {
            html.Append($"<p class=\"empty\">索引为空：先运行 <code>opsk ingest 文件夹</code>。</p>");
            return PageLayout.Render("文档", "docs", new TrustedHtml(html.ToString()));
        }
        html.Append($"<div class=\"table-wrap\"><table class=\"grid docs\"><tr><th>文档</th><th>标题</th><th>格式</th><th>章节</th><th>表格</th><th>记录</th><th>修复</th><th>入库时间</th></tr>");
        foreach (var doc in docs)
        {
            var partial = doc.Partial ? new TrustedHtml(" <span class=\"warn\">预览不全</span>") : new TrustedHtml("");
            html.Append($"""
                <tr><td><a href="{Links.Doc(doc.Id)}">{doc.Id}</a>{partial}</td><td>{doc.Title}</td><td>{doc.Format}</td><td class="num">{doc.Sections}</td><td class="num">{doc.Tables}</td>
                <td class="num">{doc.Records}</td><td class="num">{doc.Repairs}</td><td>{doc.Ingested.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}</td></tr>
                """);
        }
        html.Append($"</table></div>");
        return PageLayout.Render("文档", "docs", new TrustedHtml(html.ToString()));
    }
}
