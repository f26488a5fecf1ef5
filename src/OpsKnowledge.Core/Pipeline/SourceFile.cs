namespace OpsKnowledge.Core.Pipeline;

/// <summary>A file to ingest: its path and its bytes.</summary>
public sealed record SourceFile(string Path, byte[] Bytes)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();

    public static SourceFile Load(string path) => new(path, File.ReadAllBytes(path));
}
