using Lucene.Net.Analysis;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Index-time wrapper that analyzes each distinct short text of a document once and replays its tokens for repeats.</summary>
/// <remarks>
/// A document's records repeat their evidence (a table row or a sentence holds several KPIs, targets and risks) and their names:
/// in a typical plan half of the record texts are repeats. The replayed tokens are exactly those the inner analyzer produced, so
/// the index is the same. Repeats are remembered per thread until <see cref="StartDocument"/>, so memory is bounded by one document.
/// </remarks>
public sealed class MemoizingAnalyzer(Analyzer inner) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>Texts longer than this are streamed through the inner analyzer, not remembered (section bodies rarely repeat).</summary>
    public const int MaxRememberedLength = 2048;

    [ThreadStatic]
    private static int t_document;

    /// <summary>The calling thread begins a new document: texts remembered for the previous one are forgotten.</summary>
    public static void StartDocument() => t_document++;

    internal static int CurrentDocument => t_document;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new MemoizingTokenizer(inner, fieldName, reader));
}
