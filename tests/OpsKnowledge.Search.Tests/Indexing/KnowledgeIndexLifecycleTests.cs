using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Search.Tests.Indexing;

public sealed class KnowledgeIndexLifecycleTests
{
    [Fact]
    public void Open_CreatesTheFolderAndAnEmptyIndex()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);

        Assert.True(Directory.Exists(folder.Path));
        Assert.Empty(index.Documents());
        Assert.Null(index.ContentHashOf("missing.md"));
        Assert.Empty(index.Search(new SearchRequest { Query = "运营" }).Hits);
    }

    [Fact]
    public void ReadOnly_OverAMissingFolder_IsEmpty()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path, readOnly: true);

        Assert.False(Directory.Exists(folder.Path));
        Assert.Empty(index.Documents());
        Assert.Throws<InvalidOperationException>(() => index.Commit());
    }

    [Fact]
    public void UpsertTwice_LeavesNoDuplicates()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var (document, records) = SampleCorpus.Simplified("hash-1");

        index.Upsert(document, records);
        index.Commit();
        var first = index.Search(new SearchRequest { Query = "满意度 坪效", Top = 100 }).TotalHits;
        index.Upsert(document with { ContentHash = "hash-2" }, records);
        index.Commit();

        Assert.Single(index.Documents());
        Assert.Equal(first, index.Search(new SearchRequest { Query = "满意度 坪效", Top = 100 }).TotalHits);
        Assert.Equal(records.Count, index.Records(new RecordFilter()).Count);
        Assert.Equal("hash-2", index.ContentHashOf(document.Id));
    }

    [Fact]
    public void Upsert_IsVisibleToReadsBeforeCommit()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var (document, records) = SampleCorpus.Simplified("hash-x");

        index.Upsert(document, records);

        Assert.Equal("hash-x", index.ContentHashOf(document.Id));
    }

    [Fact]
    public void Delete_RemovesEveryEntryOfTheDocument()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var simplified = SampleCorpus.Simplified();
        var traditional = SampleCorpus.Traditional();
        index.Upsert(simplified.Document, simplified.Records);
        index.Upsert(traditional.Document, traditional.Records);
        index.Commit();

        Assert.True(index.Delete(SampleCorpus.SimplifiedId));
        Assert.False(index.Delete("never-indexed.md"));
        index.Commit();

        Assert.Null(index.ContentHashOf(SampleCorpus.SimplifiedId));
        Assert.Null(index.LoadDocument(SampleCorpus.SimplifiedId));
        Assert.Equal([SampleCorpus.TraditionalId], index.Documents().Select(d => d.Id));
        Assert.All(index.Search(new SearchRequest { Query = "满意度 运营", Top = 100 }).Hits, h => Assert.Equal(SampleCorpus.TraditionalId, h.Doc));
        Assert.All(index.Records(new RecordFilter()), r => Assert.Equal(SampleCorpus.TraditionalId, r.Doc));
    }

    [Fact]
    public void LoadDocument_ReturnsTheDocumentAsUpserted()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var (document, records) = SampleCorpus.Simplified();
        index.Upsert(document, records);
        index.Commit();

        var loaded = index.LoadDocument(document.Id)!;

        Assert.Equal(document.Text, loaded.Text);
        Assert.Equal(document.OriginalText, loaded.OriginalText);
        Assert.Equal(document.Title, loaded.Title);
        Assert.Equal(document.ContentHash, loaded.ContentHash);
        Assert.Equal(document.Sections.Select(s => (s.PathText, s.Span, s.HeadingSpan, s.ParentIndex)), loaded.Sections.Select(s => (s.PathText, s.Span, s.HeadingSpan, s.ParentIndex)));
        Assert.Equal(document.Blocks.Select(b => (b.GetType(), b.Span, b.SectionIndex)), loaded.Blocks.Select(b => (b.GetType(), b.Span, b.SectionIndex)));
        var table = Assert.Single(loaded.Tables);
        Assert.Equal("客户满意度", table.Rows[1][0].Text);
        Assert.Equal(document.Tables.Single().Rows[2][1].Span, table.Rows[2][1].Span);
    }

    [Fact]
    public void LargeDocument_RoundTripsThroughCompression()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var builder = new TestDocumentBuilder("长文档.md").Heading(1, "1", "实施计划");
        for (var i = 0; i < 300; i++) builder.Paragraph($"第{i + 1}项工作：完善门店巡检制度，提升运营效率与服务质量。");
        var document = builder.Build();

        index.Upsert(document, []);
        index.Commit();

        Assert.Equal(document.Text, index.LoadDocument(document.Id)!.Text);
        Assert.Equal(300, index.LoadDocument(document.Id)!.Paragraphs.Count());
    }

    [Fact]
    public void Documents_SummarizeEachDocument()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var (document, records) = SampleCorpus.Simplified("abc123");
        var before = DateTimeOffset.UtcNow;
        index.Upsert(document, records);
        index.Commit();

        var summary = Assert.Single(index.Documents());

        Assert.Equal(SampleCorpus.SimplifiedId, summary.Id);
        Assert.Equal("md", summary.Format);
        Assert.Equal("2026年度门店运营方案", summary.Title);
        Assert.Equal(5, summary.Sections);
        Assert.Equal(1, summary.Tables);
        Assert.Equal(4, summary.Records);
        Assert.Equal("abc123", summary.ContentHash);
        Assert.Equal(TimeSpan.Zero, summary.Ingested.Offset);
        Assert.True(summary.Ingested >= before.AddSeconds(-1));
    }

    [Fact]
    public void Records_FilterByKindDocNameScopeAndPeriod()
    {
        using var folder = new TempIndexFolder();
        using var index = KnowledgeIndex.Open(folder.Path);
        var simplified = SampleCorpus.Simplified();
        var traditional = SampleCorpus.Traditional();
        index.Upsert(simplified.Document, simplified.Records);
        index.Upsert(traditional.Document, traditional.Records);
        index.Commit();

        Assert.Equal(5, index.Records(new RecordFilter()).Count);
        Assert.Equal(3, index.Records(new RecordFilter { Kind = EntryKindFilter.Parse("kpi") }).Count);
        Assert.Equal(simplified.Records, index.Records(new RecordFilter { Doc = SampleCorpus.SimplifiedId }));
        Assert.Equal(2, index.Records(new RecordFilter { Name = "客戶滿意度" }).Count);
        Assert.Equal(RecordScope.Reference, Assert.Single(index.Records(new RecordFilter { Scope = "reference" })).Scope);
        Assert.Equal(2, index.Records(new RecordFilter { Period = "2026年" }).Count);
        Assert.Equal("门店坪效", Assert.Single(index.Records(new RecordFilter { Period = "第1年" })).Name);
        Assert.Single(index.Records(new RecordFilter { Kind = EntryKindFilter.Parse("kpi"), Top = 1 }));
        Assert.Empty(index.Records(new RecordFilter { Name = "毛利率" }));
    }

    [Fact]
    public void SecondWriter_OnTheSameFolder_IsRefused_WhileReadersAreNot()
    {
        using var folder = new TempIndexFolder();
        using var writer = KnowledgeIndex.Open(folder.Path);

        Assert.Throws<Lucene.Net.Store.LockObtainFailedException>(() => KnowledgeIndex.Open(folder.Path));
        using var reader = KnowledgeIndex.Open(folder.Path, readOnly: true);
        Assert.Empty(reader.Documents());
    }

    [Fact]
    public void Dispose_CommitsPendingUpserts()
    {
        using var folder = new TempIndexFolder();
        var (document, records) = SampleCorpus.Traditional();
        using (var writer = KnowledgeIndex.Open(folder.Path)) writer.Upsert(document, records);

        using var reader = KnowledgeIndex.Open(folder.Path, readOnly: true);
        Assert.Equal(document.ContentHash, reader.ContentHashOf(document.Id));
    }

    [Fact]
    public void ReadOnlyIndex_SeesWhatAWriterCommits()
    {
        using var folder = new TempIndexFolder();
        using var writer = KnowledgeIndex.Open(folder.Path);
        using var reader = KnowledgeIndex.Open(folder.Path, readOnly: true);
        Assert.Empty(reader.Documents());

        var (document, records) = SampleCorpus.Traditional();
        writer.Upsert(document, records);
        Assert.Empty(reader.Documents());
        writer.Commit();

        Assert.Single(reader.Documents());
        Assert.NotEmpty(reader.Search(new SearchRequest { Query = "投诉处理" }).Hits);
    }
}
