using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Serialization;

namespace OpsKnowledge.Benchmarks.Snapshot;

/// <summary>Writes what the default pipeline makes of every file under some folders (document and records as JSON, one file each),
/// so a refactor that must not change behaviour can be checked with `diff -r before after`.</summary>
public static class PipelineSnapshot
{
    public static int Run(string[] args)
    {
        var outIndex = Array.IndexOf(args, "--out");
        if (outIndex < 0 || outIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: snapshot --out DIR FOLDER...");
            return 2;
        }
        var output = Path.GetFullPath(args[outIndex + 1]);
        var folders = args.Where((_, i) => i != outIndex && i != outIndex + 1).ToArray();
        if (folders.Length == 0) folders = ["corpus"];
        Directory.CreateDirectory(output);
        var pipeline = DefaultPipeline.Instance;
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(p => !p.Contains("/bin/") && !p.Contains("/obj/") && pipeline.CanRead(p))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var written = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            var processed = pipeline.Process(SourceFile.Load(path));
            var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path)).Replace('/', '~').Replace('\\', '~');
            var shown = new
            {
                processed.Error,
                processed.Warning,
                // The source path differs between worktrees; the rest must not.
                Document = processed.Document is null ? null : processed.Document with { SourcePath = Path.GetFileName(processed.Document.SourcePath) },
                processed.Records,
            };
            File.WriteAllText(Path.Combine(output, name + ".json"), OpsJson.Serialize(shown, indented: true));
            Interlocked.Increment(ref written);
        });
        Console.WriteLine($"{written} files → {output}");
        return 0;
    }
}
