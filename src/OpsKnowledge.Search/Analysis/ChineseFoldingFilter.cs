using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Folds each token in place with <see cref="ChineseTextFolder"/> (width, traditional to simplified, case); lengths and offsets are unchanged.</summary>
public sealed class ChineseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ChineseFoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        ChineseTextFolder.Fold(buffer.AsSpan(0, _term.Length), buffer);
        return true;
    }
}
