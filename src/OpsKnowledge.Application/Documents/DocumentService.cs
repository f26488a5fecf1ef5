using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Documents;

/// <summary>The ingested documents for the front ends: listing, loading, and their titles by id.</summary>
public sealed class DocumentService(IDocumentStore documents)
{
    public IReadOnlyList<DocumentSummary> Documents() => documents.Documents();

    /// <summary>The stored document, or null when no document has that id.</summary>
    public Document? Load(string docId) => documents.LoadDocument(docId);

    /// <summary>Every document's title by id (documents without a title left out).</summary>
    public IReadOnlyDictionary<string, string> Titles() =>
        documents.Documents().Where(d => d.Title is { Length: > 0 }).ToDictionary(d => d.Id, d => d.Title!, StringComparer.Ordinal);
}
