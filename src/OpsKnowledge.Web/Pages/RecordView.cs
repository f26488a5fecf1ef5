using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Pages;

/// <summary>A record's values as a compact definition list (name, value, baseline, period, risk level, date, scope).</summary>
internal static class RecordView
{
    public static void Write(HtmlWriter html, Record record)
    {
        html.Append($"<dl class=\"record\"><dt>名称</dt><dd>{record.Name}</dd>");
        if (record.Measure?.CanonicalName is { } canonical && canonical != record.Name) html.Append($"<dt>规范名</dt><dd>{canonical}</dd>");
        if (record.Measure?.Value is { } value) html.Append($"<dt>目标值</dt><dd class=\"num\">{value}{UncertainBadge.For(record.Uncertain, record.UncertainBecause)}</dd>");
        else if (record.Uncertain) html.Append($"<dt>存疑</dt><dd>{UncertainBadge.For(true, record.UncertainBecause)}</dd>");
        if (record.Measure?.Number is { } number)
        {
            var range = record.Measure?.NumberTo is { } to ? "–" + UnitConverter.Format(to) : "";
            html.Append($"<dt>数值</dt><dd class=\"num\">{Labels.Operator(record.Measure?.Op)} {UnitConverter.Format(number)}{range}{record.Measure?.Unit}</dd>");
        }
        if (record.Measure?.Baseline is { } baseline) html.Append($"<dt>基准</dt><dd class=\"num\">{baseline}</dd>");
        if (record.Period is { } period) html.Append($"<dt>周期</dt><dd>{period}</dd>");
        if (record.Risk?.Level is { } level) html.Append($"<dt>等级</dt><dd>{level}</dd>");
        if (record.Risk?.Mitigation is { } mitigation) html.Append($"<dt>应对</dt><dd>{mitigation}</dd>");
        if (record.Milestone?.Date is { } date) html.Append($"<dt>时间</dt><dd>{date}</dd>");
        html.Append($"<dt>范围</dt><dd>{Labels.Scope(record.Scope)}</dd></dl>");
    }
}
