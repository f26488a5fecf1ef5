using System.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using OpsKnowledge.Application;
using OpsKnowledge.Benchmarks.CorpusGeneration;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Extract;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Querying;
using OpsKnowledge.Search.Snippets;

namespace OpsKnowledge.Benchmarks.Micro;

/// <summary>The hot paths, each on about 1 MB of clean generated plan text (the highlighter on one section body).</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    public const int SampleBytes = 1 << 20;

    /// <summary>UTF-8 bytes each benchmark handles per operation, for MB/s in the report.</summary>
    public static readonly Dictionary<string, long> BytesPerOperation = new(StringComparer.Ordinal);

    private string _text = "";
    private byte[] _utf8 = [];
    private ITextRepairer _repairer = null!;
    private Analyzer _analyzer = null!;
    private Analyzer _bigrams = null!;
    private Document[] _documents = [];
    private RecordExtractor _extractor = null!;
    private SnippetHighlighter _highlighter = null!;
    private string _section = "";
    private HighlightTerms _terms = HighlightTerms.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = SampleText.Plans(SampleBytes);
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _repairer = DefaultPipeline.Instance.Repairer;
        _analyzer = new ChineseAnalyzer();
        _bigrams = new ChineseBigramAnalyzer();
        var plans = SampleText.HtmlPlans(SampleBytes);
        _documents = plans.Select((bytes, i) => DefaultPipeline.Instance.Read(new SourceFile($"plan-{i}.html", bytes)).Document!).ToArray();
        _extractor = new RecordExtractor();
        _highlighter = new SnippetHighlighter();
        _section = _text.Split('\n').Where(l => l.Length > 120).Skip(5).First();
        _terms = new HighlightTerms
        {
            Words = new HashSet<string>(["客户", "满意度", "运营", "效率"], StringComparer.Ordinal),
            Bigrams = new HashSet<string>(["客户", "户满", "满意", "意度", "运营", "营效", "效率"], StringComparer.Ordinal),
        };
        BytesPerOperation[nameof(RepairFastPath)] = _utf8.Length;
        BytesPerOperation[nameof(DecodeUtf8)] = _utf8.Length;
        BytesPerOperation[nameof(Analyze)] = _utf8.Length;
        BytesPerOperation[nameof(AnalyzeBigrams)] = _utf8.Length;
        BytesPerOperation[nameof(Extract)] = plans.Sum(p => (long)p.Length);
        BytesPerOperation[nameof(Highlight)] = Encoding.UTF8.GetByteCount(_section);
    }

    [Benchmark(Description = "repair fast path, clean text")]
    public int RepairFastPath() => _repairer.Repair(_text).Text.Length;

    [Benchmark(Description = "decode UTF-8 bytes")]
    public int DecodeUtf8() => _repairer.Decode(_utf8).Text.Length;

    [Benchmark(Description = "ChineseAnalyzer segmentation (queries)")]
    public int Analyze() => Count(_analyzer);

    [Benchmark(Description = "ChineseBigramAnalyzer (index text)")]
    public int AnalyzeBigrams() => Count(_bigrams);

    private int Count(Analyzer analyzer)
    {
        var count = 0;
        using var stream = analyzer.GetTokenStream("body", _text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) count += term.Length > 0 ? 1 : 0;
        stream.End();
        return count;
    }

    [Benchmark(Description = "record extraction")]
    public int Extract()
    {
        var records = 0;
        foreach (var document in _documents) records += _extractor.Extract(document).Count;
        return records;
    }

    [Benchmark(Description = "snippet highlighter, one section")]
    public int Highlight() => _highlighter.Highlight(_section, _terms).Highlights.Count;
}
