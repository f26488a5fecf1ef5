using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Web.Pages;

/// <summary>Chinese names for kinds, scopes and operators as the pages show them.</summary>
internal static class Labels
{
    private const string SectionLabel = "章节";

    private const string AnyRecordLabel = "全部记录";

    /// <summary>The search page's kind choices: every kind, sections, any record, then the catalogue's kinds.</summary>
    public static readonly (string Value, string Label)[] Kinds =
    [
        ("", "全部"), (EntryKindFilter.SectionWireName, SectionLabel), (EntryKindFilter.AnyRecordWireName, AnyRecordLabel),
        .. RecordKinds.All.Select(k => (k.WireName, k.Label)),
    ];

    public static readonly (string Value, string Label)[] Scopes = [("", "全部"), ("plan", "方案自身"), ("reference", "引用案例")];

    /// <summary>The label of a kind's wire name as hits and facet counts carry it; the name itself when it is none.</summary>
    public static string Kind(string kind) => kind switch
    {
        EntryKindFilter.SectionWireName => SectionLabel,
        EntryKindFilter.AnyRecordWireName => AnyRecordLabel,
        _ => RecordKinds.All.FirstOrDefault(k => k.WireName == kind)?.Label ?? kind,
    };

    public static string Kind(RecordKind kind) => RecordKinds.Of(kind).Label;

    /// <summary>Short enough for a table column: the plan's own commitment, or a figure it cites.</summary>
    public static string Scope(RecordScope scope) => scope == RecordScope.Plan ? "方案" : "引用";

    public static string Operator(RecordOperator? op) => op switch
    {
        RecordOperator.AtLeast => "≥",
        RecordOperator.AtMost => "≤",
        RecordOperator.Equal => "=",
        RecordOperator.Range => "区间",
        RecordOperator.IncreaseBy => "提升",
        RecordOperator.DecreaseBy => "下降",
        RecordOperator.Approx => "约",
        _ => "",
    };
}
