using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Core.Search;

/// <summary>Stored records listed by kind, document, name, scope and period (no ranking beyond the name match).</summary>
public interface IRecordQueries
{
    /// <summary>Stored records matching the filter: in index order, or best name match first when a name is given.</summary>
    IReadOnlyList<Record> Records(RecordFilter filter);
}
