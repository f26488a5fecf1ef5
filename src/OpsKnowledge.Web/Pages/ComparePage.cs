using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Web.Charts;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>KPI comparison: one KPI across plans (table, spread, chart), or all KPIs of two plans side by side.</summary>
internal static class ComparePage
{
    public static string Render(string? name, KpiComparison? comparison, PlanComparison? plans, IReadOnlyList<DocumentSummary> docs,
        IReadOnlyList<(string Kpi, int Docs)> shared, string? error)
    {
        var html = new HtmlWriter();
        html.Append($"""
            <h1>指标对比</h1>
            <form class="search compare" action="/compare" method="get">
            <input id="q" type="search" name="name" value="{name}" placeholder="指标名称，例如 客户满意度" maxlength="500" aria-label="指标名称"{(comparison is null && plans is null ? new TrustedHtml(" autofocus") : new TrustedHtml(""))}>
            <button type="submit">对比各方案</button>
            </form>
            <form class="plans" action="/compare" method="get"><label>方案 A <select name="doc">
            """);
        foreach (var doc in docs) SearchPage.Option(html, doc.Id, doc.Id, plans?.DocA);
        html.Append($"</select></label><label>方案 B <select name=\"doc\">");
        foreach (var doc in docs) SearchPage.Option(html, doc.Id, doc.Id, plans?.DocB ?? (docs.Count > 1 ? docs[1].Id : null));
        html.Append($"</select></label><button type=\"submit\">两份方案逐项对比</button></form>");

        if (error is not null) html.Append($"<p class=\"error\" role=\"alert\">{error}</p>");
        if (comparison is not null) Kpi(html, comparison);
        else if (plans is not null) Plans(html, plans);
        else if (error is null) Suggestions(html, shared);

        var title = comparison is not null ? $"{comparison.Kpi} - 指标对比" : plans is not null ? $"{plans.DocA} vs {plans.DocB}" : "指标对比";
        return PageLayout.Render(title, "compare", new TrustedHtml(html.ToString()));
    }

    private static void Suggestions(HtmlWriter html, IReadOnlyList<(string Kpi, int Docs)> shared)
    {
        if (shared.Count == 0)
        {
            html.Append($"<p class=\"empty\">还没有两份以上方案共有的指标。</p>");
            return;
        }
        html.Append($"<h2>多份方案共有的指标</h2><ul class=\"chips\">");
        foreach (var (kpi, count) in shared) html.Append($"<li><a href=\"{Links.Query("/compare", ("name", kpi))}\">{kpi}<span>{count} 份</span></a></li>");
        html.Append($"</ul>");
    }

    private static void Kpi(HtmlWriter html, KpiComparison comparison)
    {
        var docCount = comparison.Rows.Select(r => r.Doc).Distinct().Count();
        html.Append($"<h2>{comparison.Kpi}</h2>");
        if (comparison.Rows.Count == 0)
        {
            html.Append($"<p class=\"empty\">没有方案给出 “{comparison.Query}” 的目标值。</p>");
            return;
        }
        html.Append($"<p class=\"count\">{docCount} 份方案，{comparison.Rows.Count} 行（每份方案每个周期一行）</p>");
        if (comparison.Spread is { } spread)
        {
            html.Append($"""
                <div class="spread"><span>最小 <b class="num">{UnitConverter.Format(spread.Min)}</b></span><span>中位数 <b class="num">{UnitConverter.Format(spread.Median)}</b></span><span>最大 <b class="num">{UnitConverter.Format(spread.Max)}</b></span>
                <span>单位 {spread.Unit}{(spread.Change ? "（变化量）" : "")}</span><span>{spread.Count} 个可比值</span><span class="rule">异常值规则：{spread.Rule}</span></div>
                """);
            if (spread.Outliers.Count > 0) html.Append($"<p class=\"warn\">异常值：{string.Join("、", spread.Outliers)}</p>");
            // Uncertain values of the compared unit and period length are drawn too, grey and marked, outside the statistics.
            var bars = comparison.Rows
                .Where(r => r.ConvertedNumber is not null && (r.Comparable || (r.Uncertain && !r.Context && r.ConvertedUnit == spread.Unit && r.Grain == spread.Grain)))
                .Select(r => new ChartBar(r.Period is { Length: > 0 } p && comparison.Rows.Count(x => x.Doc == r.Doc) > 1 ? $"{r.Doc}（{p}）" : r.Doc,
                    r.ConvertedNumber!.Value, r.ConvertedNumberTo, r.Outlier, r.Uncertain ? r.UncertainBecause ?? "依据的修复为猜测" : null))
                .ToList();
            var uncertainCount = comparison.Rows.Count(r => r.Uncertain);
            if (uncertainCount > 0) html.Append($"<p class=\"warn uncertain-note\">{uncertainCount} 个数值所依据的文本存疑（修复是猜测、字节未能恢复或 OCR 置信度低，标 ?），未计入最小、中位数、最大和异常值。</p>");
            html.Append($"<figure class=\"chart-wrap\">{SvgBarChart.Render(bars, spread.Unit, spread.Median, $"{comparison.Kpi}：各方案目标值")}<figcaption>{comparison.Kpi}：各方案的可比目标值（{spread.Unit}），虚线为中位数，红色为异常值</figcaption></figure>");
        }
        html.Append($"""
            <div class="table-wrap"><table class="grid comparison"><thead><tr><th>文档</th><th>章节</th><th>原文名称</th><th>周期</th><th>目标值（原文）</th><th>运算</th><th>数值</th><th>换算值</th><th>基准</th><th>范围</th><th>证据</th></tr></thead><tbody>
            """);
        foreach (var row in comparison.Rows)
        {
            var number = row.Number is { } n ? UnitConverter.Format(n) + (row.NumberTo is { } t ? "–" + UnitConverter.Format(t) : "") + row.Unit : "";
            var converted = row.ConvertedNumber is { } c ? UnitConverter.Format(c) + (row.ConvertedNumberTo is { } ct ? "–" + UnitConverter.Format(ct) : "") + row.ConvertedUnit : "";
            var rowClass = row.Outlier ? new TrustedHtml(" class=\"outlier\"") : row.Uncertain ? new TrustedHtml(" class=\"uncertain-row\"") : new TrustedHtml("");
            var flag = row.Outlier ? new TrustedHtml(" <span class=\"badge\">异常</span>") : new TrustedHtml("");
            html.Append($"""
                <tr{rowClass}><td><a href="{Links.Doc(row.Doc)}">{row.Doc}</a></td><td>{SectionName(row.Section)}</td><td>{row.Name}</td><td>{row.Period}</td><td class="num value">{row.Value}{UncertainBadge.For(row.Uncertain, row.UncertainBecause)}</td>
                <td class="nowrap">{Labels.Operator(row.Op)}</td><td class="num">{number}</td><td class="num" title="{row.Conversion}">{converted}{flag}</td><td class="num">{row.Baseline}</td><td class="nowrap">{Labels.Scope(row.Scope)}</td>
                <td class="evidence"><a href="{Links.Doc(row.Doc, Links.RecordAnchor(row.RecordId))}">{row.Evidence}</a></td></tr>
                """);
        }
        html.Append($"</tbody></table></div>");
        html.Append($"<p class=\"api\">JSON：<a href=\"{Links.Query("/api/compare", ("name", comparison.Query))}\">/api/compare?name=…</a></p>");
    }

    private static void Plans(HtmlWriter html, PlanComparison plans)
    {
        html.Append($"""
            <h2>{plans.DocA} ↔ {plans.DocB}</h2>
            <p class="count">共有指标 {plans.Shared.Count()} 项 · 仅 A 有 {plans.OnlyA.Count()} 项 · 仅 B 有 {plans.OnlyB.Count()} 项</p>
            <div class="table-wrap"><table class="grid comparison"><thead><tr><th>指标</th><th>周期</th><th>对比</th><th>A：{plans.DocA}</th><th>B：{plans.DocB}</th><th>差值（B−A）</th></tr></thead><tbody>
            """);
        foreach (var pair in plans.Pairs)
        {
            var presence = pair.Presence switch { KpiPresence.Both => "双方", KpiPresence.OnlyA => "仅 A", _ => "仅 B" };
            var difference = pair.Difference is { } d ? UnitConverter.Format(d) + pair.Unit : "";
            html.Append($"<tr class=\"presence-{pair.Presence.ToString().ToLowerInvariant()}\"><td>{pair.Kpi}</td><td>{pair.Period ?? pair.A?.Period ?? pair.B?.Period}</td><td>{presence}</td><td>");
            Side(html, pair.A);
            html.Append($"</td><td>");
            Side(html, pair.B);
            html.Append($"</td><td class=\"num\">{difference}</td></tr>");
        }
        html.Append($"</tbody></table></div>");
    }

    private static void Side(HtmlWriter html, ComparisonRow? row)
    {
        if (row is null) return;
        html.Append($"<a class=\"num\" href=\"{Links.Doc(row.Doc, Links.RecordAnchor(row.RecordId))}\" title=\"{row.Evidence}\">{row.Value ?? "（无数值）"}</a>{UncertainBadge.For(row.Uncertain, row.UncertainBecause)}");
    }

    private static string SectionName(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var separator = path.LastIndexOf(" > ", StringComparison.Ordinal);
        return separator < 0 ? path : path[(separator + 3)..];
    }
}
