namespace OpsKnowledge.Web.Charts;

/// <summary>One bar of a chart: its label, its value (and upper bound for a range), and whether it is flagged as an outlier.</summary>
internal sealed record ChartBar(string Label, decimal Value, decimal? ValueTo, bool Outlier);
