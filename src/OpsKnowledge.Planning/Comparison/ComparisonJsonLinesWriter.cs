using OpsKnowledge.Core.Serialization;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Writes comparisons as JSON lines in the OpsJson shape: one object per row, each naming its document.</summary>
public sealed class ComparisonJsonLinesWriter
{
    /// <summary>One <see cref="ComparisonRow"/> per line (each has "doc"); the spread is not repeated per row, ask <see cref="KpiComparison.Spread"/>.</summary>
    public void Write(TextWriter writer, KpiComparison comparison)
    {
        foreach (var row in comparison.Rows) writer.WriteLine(OpsJson.Serialize(row));
    }

    /// <summary>One <see cref="PlanKpiPair"/> per line (each has "docA" and "docB", and its rows "doc").</summary>
    public void Write(TextWriter writer, PlanComparison comparison)
    {
        foreach (var pair in comparison.Pairs) writer.WriteLine(OpsJson.Serialize(pair));
    }
}
