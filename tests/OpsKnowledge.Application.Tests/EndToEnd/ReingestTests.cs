using System.Security.Cryptography;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Lucene.Net.Util;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Tests.EndToEnd;

/// <summary>A changed file replaces its entries; a bad file gets a reason and the rest of the batch goes on.</summary>
public sealed class ReingestTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-reingest-" + Guid.NewGuid().ToString("N"));

    public ReingestTests() => Directory.CreateDirectory(Path.Combine(_root, "docs"));

    [Fact]
    public async Task ChangedFile_ReplacesItsEntries()
    {
        var file = Path.Combine(_root, "docs", "plan.md");
        await File.WriteAllTextAsync(file, "# 1. 总体目标\n\n客户满意度由80%提高到90%。\n\n# 2. 保障措施\n\n建立季度复盘机制。\n");
        using var index = KnowledgeIndex.Open(Path.Combine(_root, "index"));
        var service = new IngestService(DefaultPipeline.Instance, index);
        await service.IngestAsync([file]);
        Assert.NotEmpty(index.Search(new SearchRequest { Query = "季度复盘" }).Hits);

        await File.WriteAllTextAsync(file, "# 1. 总体目标\n\n客户满意度由80%提高到95%。\n\n# 2. 保障措施\n\n建立月度例会制度。\n");
        var second = await service.IngestAsync([file]);

        Assert.Equal(1, second.Ingested);
        Assert.Empty(index.Search(new SearchRequest { Query = "季度复盘" }).Hits);
        Assert.NotEmpty(index.Search(new SearchRequest { Query = "月度例会" }).Hits);
        Assert.Single(index.Documents());
    }

    [Fact]
    public async Task BadFile_GetsAReason_AndTheRestIsIndexed()
    {
        var good = Path.Combine(_root, "docs", "good.txt");
        var bad = Path.Combine(_root, "docs", "broken.pdf");
        await File.WriteAllTextAsync(good, "一、工作目标\n全年安全事故为零，客户投诉率下降20%。\n");
        await File.WriteAllBytesAsync(bad, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0x13]);
        using var index = KnowledgeIndex.Open(Path.Combine(_root, "index"));

        var summary = await new IngestService(DefaultPipeline.Instance, index).IngestAsync([Path.Combine(_root, "docs")]);

        var failed = Assert.Single(summary.Files, f => f.Status == IngestStatus.Failed);
        Assert.Equal(bad, failed.Path);
        Assert.False(string.IsNullOrWhiteSpace(failed.Reason));
        Assert.Equal(1, summary.Ingested);
        Assert.NotEmpty(index.Search(new SearchRequest { Query = "客户投诉率" }).Hits);
    }

    [Fact]
    public async Task UnchangedFile_IndexedWithAnOlderLayout_IsIndexedAgain()
    {
        var file = Path.Combine(_root, "docs", "plan.md");
        await File.WriteAllTextAsync(file, "# 1. 总体目标\n\n客户满意度由80%提高到90%。\n");
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        var folder = Path.Combine(_root, "index");
        WriteFirstLayoutDocumentEntry(folder, "plan.md", hash);

        using var index = KnowledgeIndex.Open(folder);
        Assert.Equal(1, index.OutdatedDocuments());
        var summary = await new IngestService(DefaultPipeline.Instance, index).IngestAsync([file]);

        Assert.Equal(1, summary.Ingested);
        Assert.Equal(0, index.OutdatedDocuments());
        Assert.Equal(KnowledgeIndex.Layout, Assert.Single(index.Documents()).Layout);
        Assert.NotEmpty(index.Search(new SearchRequest { Query = "客户满意度" }).Hits);
    }

    /// <summary>A document entry as layout 1 wrote it: keyword fields and a summary, no layout field.</summary>
    private static void WriteFirstLayoutDocumentEntry(string folder, string docId, string hash)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()));
        var summary = $$"""{"id":"{{docId}}","format":"md","sections":1,"tables":0,"records":1,"repairs":0,"contentHash":"{{hash}}","ingested":"2026-11-20T08:00:00+00:00"}""";
        writer.AddDocument(
        [
            new StringField("id", $"doc:{docId}", Field.Store.YES),
            new StringField("doc", docId, Field.Store.YES),
            new StringField("kind", "doc", Field.Store.YES),
            new StringField("hash", hash, Field.Store.YES),
            new StoredField("summary", summary),
        ]);
        writer.Commit();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
