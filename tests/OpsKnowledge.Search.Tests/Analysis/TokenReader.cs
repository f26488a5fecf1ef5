using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpsKnowledge.Search.Tests.Analysis;

/// <summary>Runs an analyzer over a text and returns its tokens with offsets.</summary>
internal static class TokenReader
{
    public static IReadOnlyList<(string Term, int Start, int End)> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    public static string Terms(Analyzer analyzer, string text) => string.Join("|", Read(analyzer, text).Select(t => t.Term));
}
