using System.Security.Cryptography;

namespace OpsKnowledge.Core.Pipeline;

/// <summary>A file to ingest: its path and its bytes.</summary>
public sealed record SourceFile(string Path, byte[] Bytes)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();

    /// <summary>SHA-256 of the bytes, lower-case hex: computed once, shared by the ingest's change check and the reader.</summary>
    public string ContentHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    public static SourceFile Load(string path) => new(path, File.ReadAllBytes(path));
}
