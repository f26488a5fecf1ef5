using System.Globalization;
using OpsKnowledge.Planning.Comparison;
using OpsKnowledge.Web.Html;

namespace OpsKnowledge.Web.Charts;

/// <summary>Draws a horizontal bar chart as inline SVG: one bar per value on a shared axis, ranges as whiskers, the median as a dashed line.</summary>
/// <remarks>Our own few lines instead of a chart library: nothing to load from outside, nothing for the CSP to allow, every label escaped.</remarks>
internal static class SvgBarChart
{
    private const int Width = 880;
    private const int LabelWidth = 330;
    private const int ValueWidth = 90;
    private const int RowHeight = 30;
    private const int Top = 28;
    private const int Bottom = 48;
    // Label budget in half-width columns (a Chinese character counts two): about LabelWidth at 13px.
    private const int MaxLabelColumns = 44;

    public static TrustedHtml Render(IReadOnlyList<ChartBar> bars, string unit, decimal? median, string title)
    {
        if (bars.Count == 0) return new TrustedHtml("");
        var max = bars.Max(b => b.ValueTo ?? b.Value);
        var lowest = bars.Min(b => b.Value);
        var min = Math.Min(0m, lowest);
        // Values clustered far from zero (satisfaction 88–92%) would all look alike on a zero-based axis: start it below the lowest instead.
        if (lowest > 0 && max - lowest < max * 0.3m) min = Math.Floor(Math.Max(0m, lowest - Math.Max(max - lowest, max * 0.05m)));
        if (max <= min) max = min + 1;
        var plotLeft = LabelWidth;
        var plotWidth = Width - LabelWidth - ValueWidth;
        var height = Top + bars.Count * RowHeight + Bottom;
        double X(decimal v) => plotLeft + (double)((v - min) / (max - min)) * plotWidth;

        var svg = new HtmlWriter();
        svg.Append($"""<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" role="img" aria-label="{title}"><title>{title}</title>""");
        svg.Append($"""<text x="{LabelWidth - 8}" y="16" text-anchor="end" font-size="12" fill="#555">单位：{unit}</text>""");

        var zero = X(0m < min ? min : 0m);
        svg.Append($"""<line x1="{F(zero)}" y1="{Top - 6}" x2="{F(zero)}" y2="{height - Bottom + 4}" stroke="#999" stroke-width="1"/>""");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            var label = Fit(bar.Label);
            var uncertain = bar.UncertainBecause is not null;
            // An uncertain value is drawn grey and marked "?": it rests on a guess and is not in the median.
            var fill = uncertain ? "#9a9a9a" : bar.Outlier ? "#c0392b" : "#2e6da4";
            var x0 = X(Math.Min(0m, bar.Value) < min ? min : Math.Min(0m, bar.Value));
            var x1 = X(bar.Value);
            var left = Math.Min(x0, x1);
            var barWidth = Math.Max(1.5, Math.Abs(x1 - x0));
            var value = UnitConverter.Format(bar.Value) + (bar.ValueTo is { } to ? "–" + UnitConverter.Format(to) : "");
            var note = uncertain ? $"（存疑：{bar.UncertainBecause}；未计入统计）" : bar.Outlier ? "（异常值）" : "";
            svg.Append($"""<g class="bar{(bar.Outlier ? " outlier" : "")}{(uncertain ? " uncertain" : "")}"><title>{bar.Label}：{value}{unit}{note}</title>""");
            svg.Append($"""<text x="{LabelWidth - 8}" y="{y + 19}" text-anchor="end" font-size="13" fill="#222">{label}</text>""");
            svg.Append($"""<rect x="{F(left)}" y="{y + 6}" width="{F(barWidth)}" height="{RowHeight - 12}" fill="{fill}" rx="2"/>""");
            if (bar.ValueTo is { } upper)
            {
                var xt = X(upper);
                svg.Append($"""<line x1="{F(x1)}" y1="{y + RowHeight / 2}" x2="{F(xt)}" y2="{y + RowHeight / 2}" stroke="{fill}" stroke-width="3"/><line x1="{F(xt)}" y1="{y + 8}" x2="{F(xt)}" y2="{y + RowHeight - 8}" stroke="{fill}" stroke-width="2"/>""");
                x1 = xt;
            }
            svg.Append($"""<text x="{F(x1 + 6)}" y="{y + 19}" font-size="12" fill="#222">{value}{(uncertain ? " ?" : bar.Outlier ? " ⚠" : "")}</text></g>""");
        }
        for (var t = 0; t <= 4; t++)
        {
            var tick = min + (max - min) * t / 4;
            var xt = X(tick);
            svg.Append($"""<line x1="{F(xt)}" y1="{height - Bottom + 4}" x2="{F(xt)}" y2="{height - Bottom + 8}" stroke="#999"/><text x="{F(xt)}" y="{height - Bottom + 20}" text-anchor="middle" font-size="11" fill="#777">{UnitConverter.Format(Math.Round(tick, 2))}</text>""");
        }
        if (median is { } m && m >= min && m <= max)
        {
            var xm = X(m);
            svg.Append($"""<line class="median" x1="{F(xm)}" y1="{Top - 6}" x2="{F(xm)}" y2="{height - Bottom + 4}" stroke="#e67e22" stroke-width="1.5" stroke-dasharray="4 3"/>""");
            svg.Append($"""<text x="{F(xm)}" y="{Top - 10}" text-anchor="middle" font-size="12" fill="#e67e22">中位数 {UnitConverter.Format(m)}</text>""");
        }
        svg.Append($"</svg>");
        return new TrustedHtml(svg.ToString());
    }

    private static string Fit(string label)
    {
        var columns = 0;
        for (var i = 0; i < label.Length; i++)
        {
            columns += label[i] < 0x1100 ? 1 : 2;
            if (columns > MaxLabelColumns - 1) return label[..i] + "…";
        }
        return label;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
