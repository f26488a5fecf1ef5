using Lucene.Net.Analysis;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Dictionary-word analysis of Chinese text (see <see cref="ChineseTokenizer"/>), used for the word fields at index and query time.</summary>
public sealed class ChineseAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ChineseTokenizer(reader));
}
