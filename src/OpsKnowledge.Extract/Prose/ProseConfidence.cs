using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.KpiNames;

namespace OpsKnowledge.Extract.Prose;

/// <summary>
/// The confidence of a prose target or KPI, from the evidence of how it was read: how its name was formed, whether the
/// name looks whole, whether the unit was read. The figures are the share of such records that were right on the tune half
/// of real-dev (bench <c>extract-real --judged</c>), rounded down, so a record at 0.9 or more is meant to be right 95 % of the time.
/// </summary>
internal static class ProseConfidence
{
    public static double Of(Record record, NameOrigin origin, KpiNameCatalog catalog)
    {
        var confidence = origin switch
        {
            // The indicator stands right before its figure, or the text spread one value per named item.
            NameOrigin.Direct or NameOrigin.ListItem or NameOrigin.WordValue => 0.93,
            NameOrigin.LabelAbove => 0.90,
            // A change given to the indicator just named is right for rates (增长4.4%), less so for a second amount.
            NameOrigin.PreviousIndicator => record.Kind == RecordKind.Kpi ? 0.92 : 0.88,
            NameOrigin.FollowingNoun or NameOrigin.Grammar => 0.82,
            NameOrigin.Carried => 0.80,
            // Counts named from the noun after them: the text often leaves the subject in the sentence or heading.
            NameOrigin.CountedNoun => 0.65,
            _ => 0.6,
        };
        var name = record.Name;
        // A long name usually carries words of the clause that are not the indicator; a 、 inside it is a list left whole.
        if (name.Length > 12) confidence -= 0.10;
        if (name.Contains('、')) confidence -= 0.15;
        if (record.Measure?.Unit is null) confidence -= 0.10;
        // Plan-scope amounts sit in task lists, where what is counted is named loosely (建设中央级库 for whose stores?).
        if (record.Scope == RecordScope.Plan && record.Kind == RecordKind.Target) confidence -= 0.08;
        if (catalog.FindExact(name) is not null) confidence += 0.02;
        return Math.Round(Math.Clamp(confidence, 0.3, 0.97), 2);
    }
}
