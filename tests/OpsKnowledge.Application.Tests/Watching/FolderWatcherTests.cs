using System.Collections.Concurrent;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application.Watching;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Application.Tests.Watching;

/// <summary>A watched folder keeps the index in step: new, changed, renamed and deleted files, bursts, bad files and restarts.</summary>
public sealed class FolderWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-watch-" + Guid.NewGuid().ToString("N"));
    private readonly string _folder;
    private readonly string _indexFolder;

    public FolderWatcherTests()
    {
        _folder = Path.Combine(_root, "plans");
        _indexFolder = Path.Combine(_root, "index");
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task NewFile_IsIndexed_AndSaysAdded()
    {
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        var file = Path.Combine(_folder, "plan.md");
        await File.WriteAllTextAsync(file, "# 1. 总体目标\n\n客户满意度由80%提高到90%。\n");

        await WaitUntil(() => Finds("客户满意度"));
        await WaitUntil(() => watch.Lines.Any(l => l.StartsWith($"added {file} (", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChangedFile_ReplacesItsContent()
    {
        var file = Path.Combine(_folder, "plan.md");
        await File.WriteAllTextAsync(file, "# 1. 保障措施\n\n建立季度复盘机制。\n");
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        Assert.True(Finds("季度复盘"));

        await File.WriteAllTextAsync(file, "# 1. 保障措施\n\n建立月度例会制度。\n");

        await WaitUntil(() => Finds("月度例会") && !Finds("季度复盘"));
        await WaitUntil(() => watch.Lines.Any(l => l.StartsWith($"updated {file} (", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RenamedFile_TakesItsDocumentToTheNewName()
    {
        var old = Path.Combine(_folder, "draft.md");
        var renamed = Path.Combine(_folder, "final.md");
        await File.WriteAllTextAsync(old, "# 1. 工作目标\n\n全年安全事故为零。\n");
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        Assert.Equal(["draft.md"], Ids());

        File.Move(old, renamed);

        await WaitUntil(() => Ids().SequenceEqual(["final.md"]));
        await WaitUntil(() => watch.Lines.Contains($"removed {old}"));
    }

    [Fact]
    public async Task DeletedFile_IsRemoved_AndOtherDocumentsStay()
    {
        var gone = Path.Combine(_folder, "old.txt");
        await File.WriteAllTextAsync(gone, "一、工作目标\n客户投诉率下降20%。\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "kept.txt"), "一、工作目标\n车辆准点率达到95%。\n");
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        Assert.Equal(["kept.txt", "old.txt"], Ids());

        File.Delete(gone);

        await WaitUntil(() => Ids().SequenceEqual(["kept.txt"]));
        Assert.Contains($"removed {gone}", watch.Lines);
    }

    [Fact]
    public async Task DeletedSubfolder_RemovesTheDocumentsOfItsFiles()
    {
        var sub = Path.Combine(_folder, "2024");
        Directory.CreateDirectory(sub);
        await File.WriteAllTextAsync(Path.Combine(sub, "a.txt"), "一、目标\n能耗下降5%。\n");
        await File.WriteAllTextAsync(Path.Combine(sub, "b.txt"), "一、目标\n人员流失率低于8%。\n");
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        Assert.Equal(2, Ids().Count);

        Directory.Delete(sub, recursive: true);

        await WaitUntil(() => Ids().Count == 0);
    }

    [Fact]
    public async Task BurstOfWrites_IsOneIngest_OfTheWholeFile()
    {
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        var file = Path.Combine(_folder, "slow.md");
        // A slow writer: the file grows in steps closer together than the debounce time.
        await using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteLineAsync("# 1. 总体目标\n");
            for (var i = 1; i <= 6; i++)
            {
                await writer.WriteLineAsync($"第{i}项：巡检覆盖率达到9{i}%。\n");
                await writer.FlushAsync();
                await Task.Delay(60);
            }
            await writer.WriteLineAsync("# 2. 结尾段落\n\n全部写完。\n");
        }

        await WaitUntil(() => Finds("全部写完"));
        var lines = watch.Lines.Where(l => l.Contains(file, StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.StartsWith("added ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFile_GetsAReasonLine_AndTheWatchGoesOn()
    {
        await using var watch = await Running.StartAsync(_folder, _indexFolder);
        var bad = Path.Combine(_folder, "broken.pdf");
        await File.WriteAllBytesAsync(bad, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0x13]);
        await WaitUntil(() => watch.Lines.Any(l => l.StartsWith($"{bad}: ", StringComparison.Ordinal)));

        await File.WriteAllTextAsync(Path.Combine(_folder, "after.txt"), "一、工作目标\n设备完好率保持在98%以上。\n");

        await WaitUntil(() => Finds("设备完好率"));
        Assert.False(watch.Run.IsCompleted);
    }

    [Fact]
    public async Task Restart_CatchesUpOnWhatChangedWhileNotWatching()
    {
        var changed = Path.Combine(_folder, "changed.md");
        var deleted = Path.Combine(_folder, "deleted.md");
        var same = Path.Combine(_folder, "same.md");
        await File.WriteAllTextAsync(changed, "# 1. 目标\n\n旧的考核办法。\n");
        await File.WriteAllTextAsync(deleted, "# 1. 目标\n\n即将删除的方案。\n");
        await File.WriteAllTextAsync(same, "# 1. 目标\n\n保持不变的方案。\n");
        await using (await Running.StartAsync(_folder, _indexFolder))
        {
            Assert.Equal(3, Ids().Count);
        }

        // Changes while no watcher runs; a document from elsewhere is not the watcher's to remove.
        await File.WriteAllTextAsync(changed, "# 1. 目标\n\n新的薪酬方案。\n");
        File.Delete(deleted);
        var added = Path.Combine(_folder, "added.md");
        await File.WriteAllTextAsync(added, "# 1. 目标\n\n新增的应急预案。\n");
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        await File.WriteAllTextAsync(Path.Combine(elsewhere, "other.md"), "# 1. 目标\n\n别处的方案。\n");
        using (var writer = KnowledgeIndexes.OpenForWriting(_indexFolder))
        {
            await new Ingestion.IngestService(DefaultPipeline.Instance, writer).IngestAsync([elsewhere]);
        }

        await using var watch = await Running.StartAsync(_folder, _indexFolder);

        Assert.Equal(["added.md", "changed.md", "other.md", "same.md"], Ids());
        Assert.True(Finds("薪酬方案"));
        Assert.False(Finds("考核办法"));
        Assert.Equal(
            [$"added {added} (0 records)", $"removed {deleted}", $"updated {changed} (0 records)"],
            watch.Lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\(\d+ records\)", "(0 records)")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Stopping_CommitsAndReleasesTheIndex()
    {
        var watch = await Running.StartAsync(_folder, _indexFolder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "late.txt"), "一、工作目标\n培训覆盖率100%。\n");
        await WaitUntil(() => watch.Lines.Count > 0);

        await watch.DisposeAsync();

        // The lock is released: another writer can open the index, and what the watcher wrote is there.
        using var writer = KnowledgeIndexes.OpenForWriting(_indexFolder);
        Assert.Equal(["late.txt"], writer.Documents().Select(d => d.Id));
    }

    private bool Finds(string words)
    {
        using var index = KnowledgeIndexes.Open(_indexFolder);
        return index.Search(new SearchRequest { Query = words }).Hits.Count > 0;
    }

    private List<string> Ids()
    {
        using var index = KnowledgeIndexes.Open(_indexFolder);
        return index.Documents().Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Polls until the condition holds; fails after a generous timeout instead of asserting after a fixed sleep.</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("condition not met in time");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A watcher running over one folder with its own writer, stopped (as by Ctrl+C) on dispose.</summary>
    private sealed class Running : IAsyncDisposable
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly IKnowledgeIndex _index;

        private Running(string folder, string indexFolder)
        {
            _index = KnowledgeIndexes.OpenForWriting(indexFolder);
            var watcher = new FolderWatcher(DefaultPipeline.Instance, _index, [folder],
                new FolderWatchOptions { Debounce = TimeSpan.FromMilliseconds(300) }, change => _lines.Enqueue(change.ToString()));
            Run = Task.Run(() => watcher.RunAsync(_stop.Token));
            Ready = watcher.Ready;
        }

        public Task Run { get; }

        private Task Ready { get; }

        public IReadOnlyList<string> Lines => [.. _lines];

        public static async Task<Running> StartAsync(string folder, string indexFolder)
        {
            var running = new Running(folder, indexFolder);
            await running.Ready.WaitAsync(Patience);
            return running;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await Run.WaitAsync(Patience);
            _index.Dispose();
            _stop.Dispose();
        }
    }
}
