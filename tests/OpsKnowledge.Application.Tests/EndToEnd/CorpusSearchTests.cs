using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Tests.EndToEnd;

/// <summary>Ingest the bundled corpus, then search it the way a consultant would.</summary>
public sealed class CorpusSearchTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public void EveryCorpusDocument_IsIngested_WithoutFailures()
    {
        var failures = corpus.FirstIngest.Files.Where(f => f.Status == IngestStatus.Failed).Select(f => $"{f.Path}: {f.Reason}");
        Assert.Empty(failures);
        var onDisk = Directory.EnumerateFiles(corpus.Corpus).Count(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase));
        Assert.True(corpus.Index.Documents().Count >= onDisk, $"indexed {corpus.Index.Documents().Count} of {onDisk} files");
    }

    [Theory]
    [InlineData("冷库周转率", "cold-chain-operations-plan.md", "3.3 关键运营指标")]          // a term only inside a table cell
    [InlineData("运营效率提升目标", "cold-chain-operations-plan.md", "3.2 运营效率提升目标")]
    [InlineData("運營效率提升目標", "cold-chain-operations-plan.md", "3.2 运营效率提升目标")] // traditional query, simplified text
    public void Query_FindsTheAnsweringSection_InTheTopThree(string query, string doc, string section)
    {
        var hits = corpus.Index.Search(new SearchRequest { Query = query, Top = 3 }).Hits;
        Assert.Contains(hits, h => h.Doc == doc && h.Section.EndsWith(section, StringComparison.Ordinal));
    }

    [Fact]
    public void SimplifiedQuery_FindsTheTraditionalDocument()
    {
        var hits = corpus.Index.Search(new SearchRequest { Query = "客户满意度", Top = 50, Doc = "hk-estate-property-management-plan.txt" }).Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("hk-estate-property-management-plan.txt", h.Doc));
    }

    [Fact]
    public async Task SecondIngest_OfTheSameFolder_ChangesNothing_AndLeavesNoDuplicates()
    {
        var before = corpus.Index.Search(new SearchRequest { Query = "客户满意度", Top = 200 });
        var again = await new IngestService(DefaultPipeline.Instance, corpus.Index).IngestAsync([corpus.Corpus]);
        Assert.Equal(0, again.Ingested);
        Assert.Equal(0, again.Failed);
        var after = corpus.Index.Search(new SearchRequest { Query = "客户满意度", Top = 200 });
        Assert.Equal(before.TotalHits, after.TotalHits);
        var keys = after.Hits.Select(h => (h.Doc, h.Section, h.Kind, h.RecordId, h.Start)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
