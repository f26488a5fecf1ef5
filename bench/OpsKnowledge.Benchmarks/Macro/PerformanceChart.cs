using System.Globalization;
using System.Net;
using System.Text;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Draws the report's SVG chart: ingest throughput and search p99 latency against corpus size (log scale), one panel each.</summary>
public static class PerformanceChart
{
    private const int PanelWidth = 420;
    private const int PanelHeight = 280;
    private const int Margin = 60;

    public static string Svg(IReadOnlyList<MacroResult> results)
    {
        var svg = new StringBuilder();
        var width = 2 * PanelWidth + 3 * Margin;
        var height = PanelHeight + 2 * Margin + 20;
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        var sizes = results.Select(r => (double)r.Documents).ToArray();
        Panel(svg, Margin, "Ingest throughput (MB/s, documents/s ÷ 100)", sizes,
            [("MB/s", "#1f77b4", results.Select(r => r.MegabytesPerSecond).ToArray()), ("docs/s ÷ 100", "#2ca02c", results.Select(r => r.DocumentsPerSecond / 100).ToArray())]);
        Panel(svg, 2 * Margin + PanelWidth, "Search latency, one at a time (ms)", sizes,
            [("p99", "#d62728", results.Select(r => r.Search.P99).ToArray()), ("p50", "#ff7f0e", results.Select(r => r.Search.P50).ToArray())]);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, int left, string title, double[] sizes, (string Label, string Color, double[] Values)[] series)
    {
        var top = Margin;
        var max = Math.Max(1e-9, series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max()) * 1.15;
        var minLog = Math.Log10(sizes.DefaultIfEmpty(1000).Min()) - 0.2;
        var maxLog = Math.Log10(sizes.DefaultIfEmpty(1000).Max()) + 0.2;
        if (maxLog - minLog < 0.5) { minLog -= 0.5; maxLog += 0.5; }
        double X(double size) => left + (Math.Log10(size) - minLog) / (maxLog - minLog) * PanelWidth;
        double Y(double value) => top + PanelHeight - value / max * PanelHeight;

        svg.Append(Invariant($"<text x=\"{left}\" y=\"{top - 20}\" font-size=\"14\" font-weight=\"bold\">{WebUtility.HtmlEncode(title)}</text>\n"));
        svg.Append(Invariant($"<rect x=\"{left}\" y=\"{top}\" width=\"{PanelWidth}\" height=\"{PanelHeight}\" fill=\"none\" stroke=\"#888\"/>\n"));
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Y(value);
            svg.Append(Invariant($"<line x1=\"{left}\" x2=\"{left + PanelWidth}\" y1=\"{y:F1}\" y2=\"{y:F1}\" stroke=\"#eee\"/>"));
            svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{value:G3}</text>\n"));
        }
        foreach (var size in sizes.Distinct())
        {
            svg.Append(Invariant($"<text x=\"{X(size):F1}\" y=\"{top + PanelHeight + 18}\" text-anchor=\"middle\">{size:N0}</text>\n"));
        }
        svg.Append(Invariant($"<text x=\"{left + PanelWidth / 2}\" y=\"{top + PanelHeight + 38}\" text-anchor=\"middle\">documents in corpus (log scale)</text>\n"));
        for (var s = 0; s < series.Length; s++)
        {
            var (label, color, values) = series[s];
            var points = string.Join(' ', sizes.Select((size, i) => Invariant($"{X(size):F1},{Y(values[i]):F1}")));
            svg.Append(Invariant($"<polyline points=\"{points}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>\n"));
            for (var i = 0; i < sizes.Length; i++)
            {
                svg.Append(Invariant($"<circle cx=\"{X(sizes[i]):F1}\" cy=\"{Y(values[i]):F1}\" r=\"4\" fill=\"{color}\"/>"));
                svg.Append(Invariant($"<text x=\"{X(sizes[i]) + 6:F1}\" y=\"{Y(values[i]) - 6:F1}\" fill=\"{color}\">{values[i]:G3}</text>\n"));
            }
            svg.Append(Invariant($"<rect x=\"{left + 10}\" y=\"{top + 10 + 18 * s}\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{left + 28}\" y=\"{top + 21 + 18 * s}\">{WebUtility.HtmlEncode(label)}</text>\n"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
