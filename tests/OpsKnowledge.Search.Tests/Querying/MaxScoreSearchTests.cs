using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OpsKnowledge.Search.Analysis;
using OpsKnowledge.Search.Querying;

namespace OpsKnowledge.Search.Tests.Querying;

/// <summary>MaxScore skips entries that cannot make the top k: the hits it returns must be those an exhaustive BooleanQuery search returns.</summary>
public sealed class MaxScoreSearchTests : IDisposable
{
    // Few words, so that entries share terms, scores tie and bounds overlap: the cases where skipping could go wrong.
    private static readonly string[] Vocabulary = ["运营", "效率", "风险", "管理", "客户", "满意度", "成本", "目标", "应急", "预案", "培训", "考核"];
    private static readonly string[] Kinds = ["section", "kpi", "risk"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public MaxScoreSearchTests()
    {
        var random = new Random(11);
        var analyzer = new ChineseBigramAnalyzer();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity(), MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < 3000; i++)
            {
                writer.AddDocument(
                [
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new StringField("kind", Kinds[random.Next(Kinds.Length)], Field.Store.NO),
                    new TextField("heading", Words(random, 1 + random.Next(3)), Field.Store.NO),
                    new TextField("text", Words(random, random.Next(25)), Field.Store.NO),
                ]);
                // Several segments, and deleted entries in some of them.
                if (i % 700 == 699) writer.Commit();
                if (i % 97 == 0) writer.DeleteDocuments(new Term("id", (i / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void TopHits_AreThoseOfAnExhaustiveSearch(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var plan = RandomPlan(random);
            var k = 1 + random.Next(30);

            var expected = _searcher.Search(plan.ToQuery(), k).ScoreDocs;
            var actual = MaxScoreSearch.Search(_searcher, plan, k).Hits;

            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i].Score, actual[i].Score, 3);
                // Equal scores may sum in another order (a last-bit difference): then either entry is right.
                if (Math.Abs(expected[i].Score - actual[i].Score) < 1e-4 && expected.Count(e => Math.Abs(e.Score - expected[i].Score) < 1e-4) == 1)
                {
                    Assert.Equal(expected[i].Doc, actual[i].Doc);
                }
            }
        }
    }

    [Fact]
    public void MatchCount_IsExact_WhenNothingCouldBeSkipped()
    {
        var plan = new ScoringPlan();
        plan.Score(new TermQuery(new Term("text", "风险")));

        var all = MaxScoreSearch.Search(_searcher, plan, _reader.MaxDoc);

        Assert.True(all.MatchedIsExact);
        Assert.Equal(_searcher.Search(plan.ToQuery(), 1).TotalHits, all.Matched);
    }

    [Fact]
    public void MatchCount_UnderACondition_CountsOnlyEntriesMatchingTheText()
    {
        var plan = new ScoringPlan();
        plan.Score(new TermQuery(new Term("text", "风险")));
        plan.Score(new TermQuery(new Term("heading", "应急")));
        plan.Require(new TermQuery(new Term("kind", "kpi")));

        var counted = _searcher.Search(plan.ToQuery(), 1).TotalHits;
        var exhaustive = _searcher.Search(new BooleanQuery
        {
            { new BooleanQuery { { new TermQuery(new Term("text", "风险")), Occur.SHOULD }, { new TermQuery(new Term("heading", "应急")), Occur.SHOULD } }, Occur.MUST },
            { new TermQuery(new Term("kind", "kpi")), Occur.MUST },
        }, 1).TotalHits;
        var kpis = _searcher.Search(new TermQuery(new Term("kind", "kpi")), 1).TotalHits;

        Assert.Equal(exhaustive, counted);
        Assert.True(counted < kpis, $"{counted} of {kpis} kpi entries counted: the text clauses were optional");
        Assert.Equal(exhaustive, MaxScoreSearch.Search(_searcher, plan, _reader.MaxDoc).Matched);
    }

    [Fact]
    public void WeakClauses_AreSkipped_OnceTheTopIsKnown()
    {
        var plan = new ScoringPlan();
        plan.Score(new TermQuery(new Term("text", "运营")));
        plan.Score(new TermQuery(new Term("heading", "风险")) { Boost = 50 });

        var result = MaxScoreSearch.Search(_searcher, plan, 5);

        Assert.False(result.MatchedIsExact);
        Assert.True(result.Matched < _searcher.Search(plan.ToQuery(), 1).TotalHits);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static string Words(Random random, int count) =>
        string.Join("，", Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private static ScoringPlan RandomPlan(Random random)
    {
        var plan = new ScoringPlan();
        var clauses = 1 + random.Next(6);
        var indices = new List<int>();
        for (var c = 0; c < clauses; c++) indices.Add(plan.Score(RandomClause(random)));
        if (random.Next(4) == 0) plan.RequireOneOf([.. indices.Where(_ => random.Next(2) == 0).DefaultIfEmpty(indices[0])]);
        if (random.Next(3) == 0) plan.Prohibit(new TermQuery(new Term("text", Vocabulary[random.Next(Vocabulary.Length)][..2])));
        if (random.Next(3) == 0) plan.Require(new TermQuery(new Term("kind", Kinds[random.Next(Kinds.Length)])));
        return plan;
    }

    private static Query RandomClause(Random random)
    {
        var field = random.Next(2) == 0 ? "text" : "heading";
        var word = Vocabulary[random.Next(Vocabulary.Length)];
        Query query = random.Next(3) switch
        {
            0 when word.Length > 2 => Phrase(field, word),
            1 => new BooleanQuery
            {
                { new TermQuery(new Term(field, word[..2])), Occur.SHOULD },
                { new TermQuery(new Term(field, Vocabulary[random.Next(Vocabulary.Length)][..2])), Occur.SHOULD },
            },
            _ => new TermQuery(new Term(field, word[..2])),
        };
        query.Boost = (float)(0.2 + random.NextDouble() * 5);
        return query;
    }

    private static PhraseQuery Phrase(string field, string word)
    {
        var phrase = new PhraseQuery();
        for (var i = 0; i + 1 < word.Length; i++) phrase.Add(new Term(field, word.Substring(i, 2)), i);
        return phrase;
    }
}
