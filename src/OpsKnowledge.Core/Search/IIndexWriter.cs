using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Core.Search;

/// <summary>Changes to an index, a whole document at a time: its summary, sections and records are replaced together.</summary>
public interface IIndexWriter
{
    /// <summary>Replaces every entry of the document (its summary, sections and records) with the given ones.</summary>
    void Upsert(Document document, IReadOnlyList<Record> records);

    /// <summary>Removes every entry of the document; false when it was not indexed.</summary>
    bool Delete(string docId);

    /// <summary>Makes the changes so far durable and visible to other readers.</summary>
    void Commit();
}
