using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Web.Html;
using OpsKnowledge.Web.Knowledge;

namespace OpsKnowledge.Web.Pages;

/// <summary>One document: its outline, its sections' text and tables, its records and the repairs made to it.</summary>
internal static class DocumentPage
{
    // Context shown around a repair in the original text.
    private const int RepairContext = 16;

    // Beyond these the page lists the first ones and says how many there are: a page must stay a page.
    public const int MaxRecordsShown = 1_000;
    private const int MaxRepairsShown = 500;
    private const int MaxOutlineEntries = 2_000;

    public static string Render(Document document, IReadOnlyList<Record> records, DocumentWindow window, int charactersPerPage, CancellationToken cancellationToken = default)
    {
        var html = new HtmlWriter();
        var title = document.Title is { Length: > 0 } t ? t : document.Id;
        html.Append($"""
            <article class="document">
            <h1>{title}</h1>
            <p class="meta"><span class="doc">{document.Id}</span> · 格式 {document.Format}{(document.Encoding is { } e ? " · 编码 " + e : "")}{(document.PageCount is { } pages ? $" · {pages} 页" : "")}
             · {document.Sections.Count} 个章节 · {document.Tables.Count()} 个表格 · {records.Count} 条记录 · {document.Repair.Repairs.Count} 处修复
             · <a id="original" href="{Links.Doc(document.Id)}/original" download>下载原始文件</a></p>
            <div class="doc-layout">
            <nav class="outline" aria-label="大纲"><h2>大纲</h2>
            """);
        var sectionPages = window.SectionPages(document);
        Outline(html, document, window, sectionPages);
        html.Append($"""<p><a href="#records">记录（{records.Count}）</a><br><a href="#repairs">修复（{document.Repair.Repairs.Count}）</a></p></nav><div class="doc-body">""");
        Pager(html, document, window);
        Body(html, document, window, sectionPages, cancellationToken);
        Pager(html, document, window);
        cancellationToken.ThrowIfCancellationRequested();
        Records(html, records);
        Repairs(html, document, charactersPerPage);
        html.Append($"</div></div></article>");
        return PageLayout.Render(title, "docs", new TrustedHtml(html.ToString()));
    }

    private static void Pager(HtmlWriter html, Document document, DocumentWindow window)
    {
        if (window.Pages <= 1) return;
        var link = Links.Doc(document.Id);
        html.Append($"<nav class=\"pager\" aria-label=\"分页\">第 {window.Page} / {window.Pages} 页");
        if (window.Page > 1) html.Append($" · <a href=\"{link}?page={window.Page - 1}\">上一页</a>");
        if (window.Page < window.Pages) html.Append($" · <a href=\"{link}?page={window.Page + 1}\">下一页</a>");
        if (window.Cut) html.Append($" · <span class=\"warn\">过长的段落或表格只显示了开头</span>");
        html.Append($"</nav>");
    }

    private static void Outline(HtmlWriter html, Document document, DocumentWindow window, int[] sectionPages)
    {
        if (document.Sections.Count == 0)
        {
            html.Append($"<p class=\"empty\">未识别出章节标题</p>");
            return;
        }
        html.Append($"<ol class=\"toc\">");
        var link = Links.Doc(document.Id);
        foreach (var section in document.Sections.Take(MaxOutlineEntries))
        {
            var page = sectionPages[section.Index];
            var target = page == window.Page ? new TrustedHtml("") : new TrustedHtml($"{link}?page={page}");
            html.Append($"<li class=\"lvl-{Math.Clamp(section.Level, 1, 6)}\"><a href=\"{target}#{Links.SectionAnchor(section.HeadingSpan.Start)}\">{section.Heading}</a></li>");
        }
        html.Append($"</ol>");
        if (document.Sections.Count > MaxOutlineEntries) html.Append($"<p class=\"empty\">共 {document.Sections.Count} 个章节，大纲只列出前 {MaxOutlineEntries} 个。</p>");
    }

    private static void Body(HtmlWriter html, Document document, DocumentWindow window, int[] sectionPages, CancellationToken cancellationToken)
    {
        var bySection = new Dictionary<int, List<Block>>();
        var before = new List<Block>();
        foreach (var block in window.Blocks)
        {
            if (block.SectionIndex is { } index)
            {
                if (!bySection.TryGetValue(index, out var list)) bySection[index] = list = [];
                list.Add(block);
            }
            else
            {
                before.Add(block);
            }
        }
        foreach (var block in before) Block(html, block);
        foreach (var section in document.Sections)
        {
            if (sectionPages[section.Index] != window.Page && !bySection.ContainsKey(section.Index)) continue;
            if ((section.Index & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            var level = Math.Clamp(section.Level + 1, 2, 6);
            html.Append($"<section id=\"{Links.SectionAnchor(section.HeadingSpan.Start)}\"><h{level}>{section.Heading}</h{level}>");
            if (bySection.TryGetValue(section.Index, out var blocks))
            {
                for (var i = 0; i < blocks.Count; i++)
                {
                    if ((i & 255) == 255) cancellationToken.ThrowIfCancellationRequested();
                    Block(html, blocks[i]);
                }
            }
            html.Append($"</section>");
        }
    }

    private static void Block(HtmlWriter html, Block block)
    {
        switch (block)
        {
            case Paragraph { IsListItem: true } item:
                html.Append($"<p class=\"item\">{item.Text}</p>");
                break;
            case Paragraph paragraph:
                html.Append($"<p>{paragraph.Text}</p>");
                break;
            case Table table:
                Table(html, table);
                break;
        }
    }

    internal static void Table(HtmlWriter html, Table table)
    {
        html.Append($"<div class=\"table-wrap\" id=\"table-{table.Index}\"><table class=\"grid\">");
        if (table.Caption is { Length: > 0 } caption) html.Append($"<caption>{caption}</caption>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append($"<tr>");
            foreach (var cell in table.Rows[r])
            {
                if (cell.IsMergedContinuation) continue;
                var tag = r < table.HeaderRowCount || cell.IsHeader ? new TrustedHtml("th") : new TrustedHtml("td");
                html.Append($"<{tag}");
                if (cell.RowSpan > 1) html.Append($" rowspan=\"{cell.RowSpan}\"");
                if (cell.ColSpan > 1) html.Append($" colspan=\"{cell.ColSpan}\"");
                html.Append($">{cell.Text}</{tag}>");
            }
            html.Append($"</tr>");
        }
        html.Append($"</table></div>");
    }

    private static void Records(HtmlWriter html, IReadOnlyList<Record> records)
    {
        html.Append($"<section id=\"records\"><h2>提取的记录</h2>");
        if (records.Count == 0)
        {
            html.Append($"<p class=\"empty\">没有提取到目标、指标、风险或里程碑。</p></section>");
            return;
        }
        html.Append($"<div class=\"table-wrap\"><table class=\"grid records\"><tr><th>类型</th><th>名称</th><th>目标值</th><th>基准</th><th>周期</th><th>等级/时间</th><th>范围</th><th>证据</th></tr>");
        if (records.Count >= MaxRecordsShown) html.Append($"<p class=\"empty\">只显示前 {MaxRecordsShown} 条记录；全部记录见 /api/records?doc=…</p>");
        foreach (var record in records.Take(MaxRecordsShown))
        {
            html.Append($"""
                <tr id="{Links.RecordAnchor(record.Id)}"><td class="nowrap">{Labels.Kind(record.Kind)}</td><td>{record.Name}</td><td class="num">{record.Measure?.Value}{UncertainBadge.For(record.Uncertain, record.UncertainBecause)}</td><td class="num">{record.Measure?.Baseline}</td>
                <td>{record.Period}</td><td>{record.Risk?.Level ?? record.Milestone?.Date}</td><td class="nowrap">{Labels.Scope(record.Scope)}</td><td class="evidence">{record.Evidence}</td></tr>
                """);
        }
        html.Append($"</table></div></section>");
    }

    private static void Repairs(HtmlWriter html, Document document, int charactersPerPage)
    {
        var report = document.Repair;
        html.Append($"<section id=\"repairs\"><h2>文本修复</h2>");
        if (report.Repairs.Count == 0 && report.Unrecovered.Count == 0 && report.BoilerplateRemoved == 0)
        {
            html.Append($"<p class=\"empty\">这份文档没有做任何修复。</p>");
        }
        else
        {
            if (report.BoilerplateRemoved > 0) html.Append($"<p>去除网站页面杂项 {report.BoilerplateRemoved} 行。</p>");
            if (report.Partial) html.Append($"<p class=\"warn\">来源只是预览（{report.PagesShown}/{report.PagesTotal} 页），内容不完整。</p>");
            if (report.Repairs.Count > 0)
            {
                html.Append($"<div class=\"table-wrap\"><table class=\"grid repairs\"><tr><th>类型</th><th>原文</th><th>修复后</th><th>置信度</th><th>上下文（原文）</th></tr>");
                foreach (var repair in report.Repairs.Take(MaxRepairsShown))
                {
                    html.Append($"""<tr><td>{repair.Kind}</td><td class="before">{repair.Before}</td><td class="after">{repair.After}</td><td class="num">{repair.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}{UncertainBadge.For(repair.IsGuess, repair.Alternatives is { Count: > 0 } alternatives ? $"猜测，其他读法：{string.Join("、", alternatives)}" : "猜测")}</td><td class="context">""");
                    Context(html, document.OriginalText, repair.Start, repair.End);
                    html.Append($"</td></tr>");
                }
                html.Append($"</table></div>");
                if (report.Repairs.Count > MaxRepairsShown) html.Append($"<p class=\"empty\">共 {report.Repairs.Count} 处修复，只列出前 {MaxRepairsShown} 处。</p>");
            }
            if (report.Unrecovered.Count > 0)
            {
                html.Append($"<h3>未能恢复</h3><ul class=\"unrecovered\">");
                foreach (var span in report.Unrecovered.Take(MaxRepairsShown)) html.Append($"<li><code>{span.Text}</code> — {span.Reason}</li>");
                html.Append($"</ul>");
            }
        }
        if (document.OriginalText.Length > charactersPerPage)
        {
            html.Append($"<p class=\"empty\">原始文本有 {document.OriginalText.Length} 个字符，太长，不在页面中显示。</p>");
        }
        else if (!string.Equals(document.OriginalText, document.Text, StringComparison.Ordinal))
        {
            html.Append($"<details><summary>原始文本（修复前）</summary><pre class=\"original\">{document.OriginalText}</pre></details>");
        }
        html.Append($"</section>");
    }

    private static void Context(HtmlWriter html, string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = Math.Max(0, start - RepairContext);
        var to = Math.Min(text.Length, end + RepairContext);
        html.Append($"…{text[from..start]}<mark>{text[start..end]}</mark>{text[end..to]}…");
    }
}
