using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Exports;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>All KPIs, targets, risks and milestones across plans: filters, sortable columns, CSV and XLSX downloads of what is shown.</summary>
internal static class RecordsPage
{
    private static readonly (string Value, string Label)[] Kinds = [("", "全部"), .. RecordKinds.All.Select(k => (k.WireName, k.Label))];

    public static string Render(RecordsQuery query, IReadOnlyList<Record> records, bool truncated, IReadOnlyList<DocumentSummary> docs, string? error)
    {
        var html = new HtmlWriter();
        html.Append($"<h1>记录</h1><form class=\"filters records\" method=\"get\" action=\"/records\">");
        html.Append($"<label>类型 <select name=\"kind\" id=\"kind\">");
        foreach (var (value, label) in Kinds)
        {
            html.Append($"<option value=\"{value}\"{Selected(value == (query.Kind ?? ""))}>{label}</option>");
        }
        html.Append($"</select></label><label>名称 <input name=\"name\" id=\"name\" value=\"{query.Name}\" placeholder=\"客户满意度\"></label>");
        html.Append($"<label>方案 <select name=\"doc\" id=\"doc\"><option value=\"\">全部</option>");
        foreach (var doc in docs)
        {
            html.Append($"<option value=\"{doc.Id}\"{Selected(doc.Id == query.Doc)}>{(doc.Title is { Length: > 0 } t ? $"{t}（{doc.Id}）" : doc.Id)}</option>");
        }
        html.Append($"</select></label><label>范围 <select name=\"scope\" id=\"scope\">");
        foreach (var (value, label) in Labels.Scopes)
        {
            html.Append($"<option value=\"{value}\"{Selected(value == (query.Scope ?? ""))}>{label}</option>");
        }
        html.Append($"</select></label><label>周期 <input name=\"period\" id=\"period\" value=\"{query.Period}\" placeholder=\"2026年\"></label>");
        if (query.Sort is not null) html.Append($"<input type=\"hidden\" name=\"sort\" value=\"{query.Sort}\"><input type=\"hidden\" name=\"dir\" value=\"{(query.Descending ? "desc" : "asc")}\">");
        html.Append($"<button type=\"submit\">筛选</button></form>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
            return PageLayout.Render("记录", "records", new TrustedHtml(html.ToString()));
        }

        html.Append($"""
            <p class="count">共 {records.Count}{(truncated ? "+" : "")} 条记录{(truncated ? $"（只显示前 {records.Count} 条，请缩小筛选范围）" : "")} ·
            <a id="csv" href="{query.Link("/records.csv")}">下载 CSV</a> · <a id="xlsx" href="{query.Link("/records.xlsx")}">下载 XLSX</a></p>
            """);
        html.Append($"<div class=\"table-wrap\"><table class=\"grid records\"><thead><tr>");
        foreach (var (key, header) in RecordSheet.Columns)
        {
            var descending = query.Sort == key && !query.Descending;
            var arrow = query.Sort == key ? (query.Descending ? " ▼" : " ▲") : "";
            var ariaSort = query.Sort == key ? new TrustedHtml(query.Descending ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"") : new TrustedHtml("");
            html.Append($"<th data-key=\"{key}\"{ariaSort}><a href=\"{(query with { Sort = key, Descending = descending }).Link("/records")}\">{header}{arrow}</a></th>");
        }
        html.Append($"</tr></thead><tbody>");
        foreach (var record in records)
        {
            html.Append($"<tr data-kind=\"{RecordKinds.Of(record.Kind).WireName}\"{(record.Uncertain ? new TrustedHtml(" class=\"uncertain-row\"") : new TrustedHtml(""))}>");
            foreach (var (key, _) in RecordSheet.Columns)
            {
                var text = RecordSheet.Text(record, key);
                if (key == "evidence")
                    html.Append($"<td class=\"evidence\"><a href=\"{Links.Doc(record.Doc, Links.RecordAnchor(record.Id))}\">{text}</a></td>");
                else if (key == "number")
                    html.Append($"<td class=\"num\">{text}</td>");
                else if (key == "value")
                    html.Append($"<td>{text}{UncertainBadge.For(record.Uncertain, record.UncertainBecause)}</td>");
                else
                    html.Append($"<td>{text}</td>");
            }
            html.Append($"</tr>");
        }
        html.Append($"</tbody></table></div>");
        return PageLayout.Render("记录", "records", new TrustedHtml(html.ToString()));
    }

    private static TrustedHtml Selected(bool selected) => new(selected ? " selected" : "");
}
