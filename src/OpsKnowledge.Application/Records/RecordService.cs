using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Records;

/// <summary>Stored records for the front ends: filtered listings and the measures (KPIs and targets) of the whole index.</summary>
public sealed class RecordService(IRecordQueries records)
{
    public IReadOnlyList<Record> Records(RecordFilter filter) => records.Records(filter);

    /// <summary>Every KPI record, then every target record, up to <paramref name="top"/> of each, with the given scope when one is named.</summary>
    public IReadOnlyList<Record> Measures(int top, string? scope = null) =>
        [.. records.Records(new RecordFilter { Kind = EntryKindFilter.Of(RecordKind.Kpi), Scope = scope, Top = top }),
         .. records.Records(new RecordFilter { Kind = EntryKindFilter.Of(RecordKind.Target), Scope = scope, Top = top })];
}
