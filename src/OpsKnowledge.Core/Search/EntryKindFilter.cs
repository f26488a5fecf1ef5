using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Core.Search;

/// <summary>Which kind of index entry a search or record listing keeps: sections, any record, or one kind of the catalogue.</summary>
/// <remarks>Users write it as a wire name ("section", "record", "kpi", plurals too); a value naming no kind is kept as
/// <see cref="IsUnknown"/> so that it matches nothing, as a filter on a kind no entry has always did.</remarks>
public sealed record EntryKindFilter
{
    /// <summary>The wire name of the section entries.</summary>
    public const string SectionWireName = "section";

    /// <summary>The wire name that stands for every record kind.</summary>
    public const string AnyRecordWireName = "record";

    private EntryKindFilter(string wireName, RecordKindInfo? record, bool isSection, bool isUnknown)
    {
        WireName = wireName;
        Record = record;
        IsSection = isSection;
        IsUnknown = isUnknown;
    }

    /// <summary>Section entries only.</summary>
    public static EntryKindFilter Section { get; } = new(SectionWireName, null, isSection: true, isUnknown: false);

    /// <summary>Records of every kind.</summary>
    public static EntryKindFilter AnyRecord { get; } = new(AnyRecordWireName, null, isSection: false, isUnknown: false);

    /// <summary>The name in URLs, CLI options and facet counts ("section", "record", "kpi"); as written for an unknown value.</summary>
    public string WireName { get; }

    /// <summary>The one record kind kept; null for <see cref="Section"/>, <see cref="AnyRecord"/> and unknown values.</summary>
    public RecordKindInfo? Record { get; }

    public bool IsSection { get; }

    public bool IsAnyRecord => ReferenceEquals(this, AnyRecord);

    /// <summary>True when the value named no kind: the filter keeps no entry.</summary>
    public bool IsUnknown { get; }

    /// <summary>Records of one kind of the catalogue.</summary>
    public static EntryKindFilter Of(RecordKind kind) => ByKind[RecordKinds.Of(kind).Kind];

    /// <summary>The filter a user's value stands for (case-insensitive, plurals accepted); null when the value is blank (every kind).</summary>
    public static EntryKindFilter? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim().ToLowerInvariant();
        if (text is SectionWireName or "sections") return Section;
        if (text is AnyRecordWireName or "records") return AnyRecord;
        if (RecordKinds.TryParse(text, out var info)) return ByKind[info.Kind];
        return new EntryKindFilter(text, null, isSection: false, isUnknown: true);
    }

    /// <summary>Every value a user may choose, in the order filters list them: section, record, then the catalogue's kinds.</summary>
    public static IReadOnlyList<EntryKindFilter> Choices { get; } = [Section, AnyRecord, .. RecordKinds.All.Select(k => ByKind[k.Kind])];

    private static Dictionary<RecordKind, EntryKindFilter> ByKind =>
        field ??= RecordKinds.All.ToDictionary(k => k.Kind, k => new EntryKindFilter(k.WireName, k, isSection: false, isUnknown: false));

    public override string ToString() => WireName;
}
