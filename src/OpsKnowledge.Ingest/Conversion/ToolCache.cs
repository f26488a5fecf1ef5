namespace OpsKnowledge.Ingest.Conversion;

/// <summary>Writes what an external tool produced into its cache folder, whole or not at all (a temporary file moved into place),
/// so parallel ingests and a kill mid-write never leave half a file to be read next time.</summary>
public static class ToolCache
{
    /// <summary>Stores the bytes; a cache that cannot be written only costs the tool's work again next time.</summary>
    public static void Store(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
