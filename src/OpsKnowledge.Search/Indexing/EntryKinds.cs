using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Values of the kind field, and what a user's kind filter expands to.</summary>
internal static class EntryKinds
{
    public const string Document = "doc";
    public const string Section = "section";

    public static readonly string[] Records = ["kpi", "target", "risk", "milestone"];

    public static readonly string[] Searchable = [Section, .. Records];

    public static string Of(RecordKind kind) => kind switch
    {
        RecordKind.Kpi => "kpi",
        RecordKind.Target => "target",
        RecordKind.Risk => "risk",
        RecordKind.Milestone => "milestone",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Kinds a filter value stands for: "record" (or "records") is every record kind, plurals are accepted; null means every searchable kind.</summary>
    public static IReadOnlyList<string> Expand(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return Searchable;
        var value = filter.Trim().ToLowerInvariant();
        if (value is "record" or "records") return Records;
        if (value.EndsWith('s') && value != "kpis" && Array.IndexOf(Searchable, value[..^1]) >= 0) return [value[..^1]];
        if (value == "kpis") return ["kpi"];
        return [value];
    }
}
