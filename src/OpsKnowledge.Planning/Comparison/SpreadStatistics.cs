namespace OpsKnowledge.Planning.Comparison;

/// <summary>Median, quartiles and outlier fences for a handful of KPI values.</summary>
/// <remarks>
/// Outlier rule: with 4 or more values, Tukey's fences Q1 − 1.5×IQR and Q3 + 1.5×IQR (quartiles by linear interpolation);
/// with exactly 3 values, median ± 3× the median distance from the median; with fewer, nothing is flagged.
/// Either spread measure is floored at 5% of |median| so that near-identical values (95, 95, 95, 96) do not flag the odd one out.
/// </remarks>
public static class SpreadStatistics
{
    public const string TukeyRule = "1.5×IQR";
    public const string MedianDistanceRule = "3×median distance";
    public const string NoRule = "none: fewer than 3 values";

    private const decimal RelativeFloor = 0.05m;

    /// <summary>The outlier fences for the values and the rule that set them; null fences when there are too few values.</summary>
    public static (decimal? Lower, decimal? Upper, string Rule) Fences(IReadOnlyList<decimal> values)
    {
        if (values.Count < 3) return (null, null, NoRule);
        var sorted = values.OrderBy(v => v).ToArray();
        var median = Quantile(sorted, 0.5m);
        var floor = Math.Abs(median) * RelativeFloor;
        if (sorted.Length >= 4)
        {
            var q1 = Quantile(sorted, 0.25m);
            var q3 = Quantile(sorted, 0.75m);
            var reach = 1.5m * Math.Max(q3 - q1, floor);
            return (q1 - reach, q3 + reach, TukeyRule);
        }
        var distances = sorted.Select(v => Math.Abs(v - median)).OrderBy(d => d).ToArray();
        var scale = Math.Max(Quantile(distances, 0.5m), floor);
        return (median - 3 * scale, median + 3 * scale, MedianDistanceRule);
    }

    public static decimal Median(IReadOnlyList<decimal> values) => Quantile(values.OrderBy(v => v).ToArray(), 0.5m);

    /// <summary>The q-quantile of sorted values by linear interpolation between closest ranks.</summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, decimal q)
    {
        if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(sorted));
        var position = q * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
