using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Values of the kind field, and what a user's kind filter expands to.</summary>
internal static class EntryKinds
{
    public const string Document = "doc";
    public const string Section = EntryKindFilter.SectionWireName;

    /// <summary>The record kinds' values: their catalogue wire names.</summary>
    public static readonly string[] Records = [.. RecordKinds.WireNames];

    public static readonly string[] Searchable = [Section, .. Records];

    public static string Of(RecordKind kind) => RecordKinds.Of(kind).WireName;

    /// <summary>Kinds a filter stands for: any record is every record kind; null means every searchable kind; an unknown value
    /// stays itself, which no entry has.</summary>
    public static IReadOnlyList<string> Expand(EntryKindFilter? filter)
    {
        if (filter is null) return Searchable;
        if (filter.IsAnyRecord) return Records;
        return [filter.WireName];
    }
}
