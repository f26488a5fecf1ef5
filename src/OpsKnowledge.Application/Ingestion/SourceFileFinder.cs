namespace OpsKnowledge.Application.Ingestion;

/// <summary>Expands the paths a user gave into the files to ingest: folders recursively by extension, symlink loops and unreadable folders reported, not fatal.</summary>
public sealed class SourceFileFinder
{
    private readonly Func<string, bool> _isSupported;

    public SourceFileFinder(Func<string, bool> isSupported) => _isSupported = isSupported;

    /// <summary>Files to ingest, and problems found on the way (as failed results).</summary>
    public (IReadOnlyList<string> Files, IReadOnlyList<IngestFileResult> Problems) Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<IngestFileResult>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenDirectories = new HashSet<string>(StringComparer.Ordinal);

        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            if (File.Exists(path) && RegularFile.NotRegular(path) is { } what)
            {
                problems.Add(Problem(path, $"{what}, not a regular file: skipped"));
            }
            else if (File.Exists(path))
            {
                // A file named explicitly is attempted even with an unknown extension, so the user hears why it was not read.
                if (seenFiles.Add(RealPath(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, files, problems, seenFiles, seenDirectories);
            }
            else
            {
                problems.Add(Problem(path, "no such file or folder"));
            }
        }
        return (files, problems);
    }

    private void Walk(string root, List<string> files, List<IngestFileResult> problems, HashSet<string> seenFiles, HashSet<string> seenDirectories)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!seenDirectories.Add(RealPath(directory)))
            {
                problems.Add(Problem(directory, "folder already visited (symbolic link loop), skipped"));
                continue;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(directory);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                problems.Add(Problem(directory, $"cannot list folder: {ex.Message}"));
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    // Hidden folders (.git, .cache) hold no plans.
                    if (!name.StartsWith('.')) pending.Push(entry);
                }
                else if (File.Exists(entry) && _isSupported(entry))
                {
                    // A dot-named file of a supported type (..html, .plan.md) is read like any other: skipping it would lose it without a word.
                    if (RegularFile.NotRegular(entry) is { } what) problems.Add(Problem(entry, $"{what}, not a regular file: skipped"));
                    else if (seenFiles.Add(RealPath(entry))) files.Add(entry);
                }
            }
        }
    }

    private static string RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return target?.FullName ?? Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static IngestFileResult Problem(string path, string reason) =>
        new() { Path = path, Status = IngestStatus.Failed, Reason = reason };
}
