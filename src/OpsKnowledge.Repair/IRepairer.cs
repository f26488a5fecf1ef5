namespace OpsKnowledge.Repair;

/// <summary>One kind of damage: finds its spans in a text and proposes replacements that clearly score better.</summary>
public interface IRepairer
{
    /// <summary>The kind written into each <see cref="OpsKnowledge.Core.Model.TextRepair"/> (e.g. "mojibake").</summary>
    string Kind { get; }

    /// <summary>A cheap test: false means the text certainly holds none of this damage, and the repairer is skipped.</summary>
    bool MightApply(string text, RepairState state);

    /// <summary>Adds non-overlapping repairs and unrecovered spans, with offsets into <see cref="RepairContext.Text"/>.</summary>
    void FindRepairs(RepairContext context);
}
