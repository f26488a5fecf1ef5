using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Search;

/// <summary>Ranked search for the front ends, with what they tell the user beside the hits (documents indexed with an older layout).</summary>
public sealed class SearchService(IRankedSearch search, IDocumentStore documents)
{
    public SearchService(IKnowledgeIndex index)
        : this(index, index)
    {
    }

    public SearchResults Search(SearchRequest request) => search.Search(request);

    /// <summary>How many documents search finds only partly until they are ingested again (written with an older entry layout).</summary>
    public int OutdatedDocuments() => documents.OutdatedDocuments();
}
