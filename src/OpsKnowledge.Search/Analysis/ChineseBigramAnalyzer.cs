using Lucene.Net.Analysis;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Overlapping character bigrams of folded Han text (see <see cref="ChineseBigramTokenizer"/>): the index's text representation, so a term is found wherever it occurs, however a dictionary would segment its context.</summary>
public sealed class ChineseBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ChineseBigramTokenizer(reader));
}
