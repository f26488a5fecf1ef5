using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Core.Search;

/// <summary>The ingested documents an index holds: what is there, each one's content hash and the stored document itself.</summary>
public interface IDocumentStore
{
    /// <summary>The version of the entry layout this index writes; a document written with another one should be ingested again.</summary>
    int Layout { get; }

    /// <summary>The content hash of the indexed document, or null when it is not indexed.</summary>
    string? ContentHashOf(string docId);

    /// <summary>Every indexed document, by id.</summary>
    IReadOnlyList<DocumentSummary> Documents();

    /// <summary>The stored document as it was upserted, or null when it is not indexed.</summary>
    Document? LoadDocument(string docId);

    /// <summary>How many indexed documents were written with an older <see cref="Layout"/>: search finds them only partly until they are ingested again.</summary>
    int OutdatedDocuments();
}
