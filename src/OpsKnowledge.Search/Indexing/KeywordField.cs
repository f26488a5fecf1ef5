using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace OpsKnowledge.Search.Indexing;

/// <summary>An untokenized, stored keyword (id, doc, kind, hash ...) indexed exactly like a <see cref="StringField"/>, but through the index's keyword analyzer.</summary>
/// <remarks>
/// A StringField builds a new token stream for every field instance, and each one looks up its attribute classes under a
/// process-wide lock in Lucene.NET: with ~80 keyword fields per document that was a fifth of the index stage and kept the two
/// ingest workers waiting on each other. Marked tokenized, the value goes through the writer's analyzer for unlisted fields
/// (a <see cref="Lucene.Net.Analysis.Core.KeywordAnalyzer"/>), whose token stream is reused per thread; it emits the whole value
/// as one term, so the postings (docs only, no norms) are the same as a StringField's.
/// </remarks>
internal static class KeywordField
{
    private static readonly FieldType s_type = CreateType();

    public static Field Create(string name, string value) => new(name, value, s_type);

    private static FieldType CreateType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsStored = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }
}
