namespace OpsKnowledge.Core.Search;

/// <summary>Which stored records to list; every filter is optional.</summary>
public sealed record RecordFilter
{
    /// <summary>kpi, target, risk or milestone; null or "record" for all.</summary>
    public EntryKindFilter? Kind { get; init; }

    public string? Doc { get; init; }

    /// <summary>Matched against the record name through the analyzers (traditional or simplified, bigrams in order), or exactly against its canonical KPI name (directly or through a synonym).</summary>
    public string? Name { get; init; }

    public string? Scope { get; init; }

    public string? Period { get; init; }

    public int Top { get; init; } = 1000;
}
