namespace OpsKnowledge.Web.Charts;

/// <summary>One bar of a chart: its label, its value (and upper bound for a range), whether it is flagged as an outlier, and why it is uncertain (null when it is not).</summary>
internal sealed record ChartBar(string Label, decimal Value, decimal? ValueTo, bool Outlier, string? UncertainBecause = null);
