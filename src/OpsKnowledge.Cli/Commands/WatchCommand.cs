using System.CommandLine;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Application.Watching;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk watch DIR...: keeps the index in step with folders until Ctrl+C, a line per change.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folder") { Description = "Folders to watch (recursively, by extension, as 'opsk ingest' reads them)", Arity = ArgumentArity.OneOrMore };
        var maxFileMb = new Option<int>("--max-file-mb") { Description = "Skip files larger than this", DefaultValueFactory = _ => 100 };
        var timeout = new Option<int>("--timeout") { Description = "Per-file time limit in seconds", DefaultValueFactory = _ => 120 };
        var quietMs = new Option<int>("--quiet-ms")
        {
            Description = "Read a file once it has been quiet this long (a burst of writes is one ingest; a file being copied is not read half-way)",
            DefaultValueFactory = _ => (int)FolderWatchOptions.Default.Debounce.TotalMilliseconds,
        };
        var command = new Command("watch", """
            Keep the index in step with folders: new and changed files are ingested once they are quiet,
            renamed and deleted files leave the index. On start it catches up on what changed while nothing
            watched (unchanged files are skipped by content hash). One line per change; a bad file is a line
            with its reason and the watch goes on. Ctrl+C stops it with everything committed.

            Examples:
              opsk watch ~/plans
              opsk watch ~/plans /mnt/share/archive --index /tmp/idx
            """)
        {
            folders, maxFileMb, timeout, quietMs,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new FolderWatchOptions
            {
                Ingest = IngestOptions.Default with
                {
                    MaxFileBytes = Math.Max(1, parse.GetValue(maxFileMb)) * 1024L * 1024,
                    FileTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                },
                Debounce = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(quietMs))),
            };
            var given = parse.GetValue(folders)!;
            RequireFolders(given);
            using var index = IndexOpener.ForWriting(parse.GetValue(CliOptions.Index));
            await Run(index, given, options, cancellationToken);
            Terminal.WriteLine("opsk watch: stopped, index committed");
            return 0;
        });
        return command;
    }

    /// <summary>Watches until cancelled, printing a line per change; shared with 'opsk serve --watch'.</summary>
    public static Task Run(IKnowledgeIndex index, IReadOnlyList<string> folders, FolderWatchOptions options, CancellationToken cancellationToken)
    {
        if (index.Mended is { } mended) Terminal.Error($"warning: {mended}");
        var watcher = new FolderWatcher(DefaultPipeline.Instance, index, folders, options, Print);
        _ = watcher.Ready.ContinueWith(
            _ => Terminal.WriteLine(Terminal.Safe($"opsk watch: watching {string.Join(", ", watcher.Folders)} (index {index.Directory}; Ctrl+C to stop)")),
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return watcher.RunAsync(cancellationToken);
    }

    /// <summary>Every folder must exist before the watch starts: a typo is one line, not an empty watch.</summary>
    public static void RequireFolders(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) throw new UserError(Terminal.Safe($"{folder}: no such folder"), 2);
        }
    }

    private static void Print(WatchChange change)
    {
        if (change.Kind == WatchChangeKind.Failed) Terminal.Error(Terminal.Safe(change.ToString()));
        else Terminal.WriteLine(Terminal.Safe(change.ToString()));
        Console.Out.Flush();
    }
}
