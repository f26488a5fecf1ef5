namespace OpsKnowledge.Core.Records;

/// <summary>How one record kind is named on the wire, labelled for users, numbered in ids and laid out in tables.</summary>
public sealed record RecordKindInfo
{
    public required RecordKind Kind { get; init; }

    /// <summary>The name in JSON, URLs, CLI options and the index ("kpi").</summary>
    public required string WireName { get; init; }

    /// <summary>The name consultants read ("指标").</summary>
    public required string Label { get; init; }

    /// <summary>The part of a record id that names the kind: "{doc}#{IdPrefix}-{n}".</summary>
    public required string IdPrefix { get; init; }

    /// <summary>The details a record of this kind carries, empty; its type is the one <see cref="Record.Details"/> must have.</summary>
    public required RecordDetails EmptyDetails { get; init; }

    /// <summary>The record fields a table of this kind shows, in order (wire names of <see cref="Record"/> properties).</summary>
    public required IReadOnlyList<string> ShownFields { get; init; }

    /// <summary>The record fields whose text is searched besides the name (wire names).</summary>
    public required IReadOnlyList<string> SearchedFields { get; init; }
}
