using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Overlapping character bigrams of folded Han text, so a term is found even where the dictionary segments it differently (满意度 as 满意|度).</summary>
public sealed class ChineseBigramAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        // StandardTokenizer emits each ideograph alone; folding them before pairing makes 運營 and 运营 the same bigram.
        TokenStream stream = new ChineseFoldingFilter(source);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
