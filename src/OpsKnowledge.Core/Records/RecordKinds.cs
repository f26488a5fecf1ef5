using System.Collections.Frozen;

namespace OpsKnowledge.Core.Records;

/// <summary>The one catalogue of record kinds: every front end, the extractor and the index name kinds through it.</summary>
public static class RecordKinds
{
    private static readonly string[] MeasureFields = ["name", "value", "baseline", "period", "number", "unit", "scope"];

    // Searched fields are in the order the index joins them; the order is part of the index's text, so keep it.
    private static readonly string[] MeasureSearched = ["value", "baseline", "period"];

    public static readonly RecordKindInfo Target = new()
    {
        Kind = RecordKind.Target, WireName = "target", Label = "目标", IdPrefix = "target", EmptyDetails = MeasureDetails.Empty,
        ShownFields = MeasureFields, SearchedFields = MeasureSearched,
    };

    public static readonly RecordKindInfo Kpi = new()
    {
        Kind = RecordKind.Kpi, WireName = "kpi", Label = "指标", IdPrefix = "kpi", EmptyDetails = MeasureDetails.Empty,
        ShownFields = MeasureFields, SearchedFields = MeasureSearched,
    };

    public static readonly RecordKindInfo Risk = new()
    {
        Kind = RecordKind.Risk, WireName = "risk", Label = "风险", IdPrefix = "risk", EmptyDetails = RiskDetails.Empty,
        ShownFields = ["name", "level", "likelihood", "impact", "mitigation", "scope"],
        SearchedFields = ["description", "period", "level", "likelihood", "impact", "mitigation"],
    };

    public static readonly RecordKindInfo Milestone = new()
    {
        Kind = RecordKind.Milestone, WireName = "milestone", Label = "里程碑", IdPrefix = "milestone", EmptyDetails = MilestoneDetails.Empty,
        ShownFields = ["name", "date", "period", "scope"],
        SearchedFields = ["period", "date"],
    };

    /// <summary>Every kind, in the order tables and filters list them.</summary>
    public static readonly IReadOnlyList<RecordKindInfo> All = [Kpi, Target, Risk, Milestone];

    private static readonly FrozenDictionary<RecordKind, RecordKindInfo> ByKind = All.ToFrozenDictionary(k => k.Kind);

    private static readonly FrozenDictionary<string, RecordKindInfo> ByWireName =
        All.ToFrozenDictionary(k => k.WireName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every wire name, in catalogue order.</summary>
    public static IReadOnlyList<string> WireNames { get; } = All.Select(k => k.WireName).ToArray();

    /// <summary>The catalogue entry of a kind; every <see cref="RecordKind"/> has one (a test holds the two in step).</summary>
    public static RecordKindInfo Of(RecordKind kind) =>
        ByKind.TryGetValue(kind, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(kind), kind, "record kind missing from the catalogue");

    /// <summary>The kind a wire name stands for (case-insensitive, a plural such as "kpis" too); false for anything else.</summary>
    public static bool TryParse(string? wireName, out RecordKindInfo info)
    {
        info = null!;
        if (string.IsNullOrWhiteSpace(wireName)) return false;
        var value = wireName.Trim();
        if (ByWireName.TryGetValue(value, out var found) || (value.EndsWith('s') && ByWireName.TryGetValue(value[..^1], out found)))
        {
            info = found;
            return true;
        }
        return false;
    }
}
