namespace OpsKnowledge.Ingest.Consistency;

/// <summary>How much of a reference document's outline and table cells another reading of the same plan reproduces.</summary>
public sealed record ConsistencyScore(int SectionsMatched, int SectionsTotal, int CellsMatched, int CellsTotal)
{
    public double SectionShare => SectionsTotal == 0 ? 1 : (double)SectionsMatched / SectionsTotal;

    public double CellShare => CellsTotal == 0 ? 1 : (double)CellsMatched / CellsTotal;

    /// <summary>Sections and cells together, each counted once.</summary>
    public double Share => SectionsTotal + CellsTotal == 0 ? 1 : (double)(SectionsMatched + CellsMatched) / (SectionsTotal + CellsTotal);
}
