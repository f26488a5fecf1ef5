namespace OpsKnowledge.Ingest.Conversion;

/// <summary>Finds an external program on PATH (LibreOffice, Tesseract, pdftoppm); a path given with a slash is taken as is.</summary>
public static class ToolLocator
{
    public static string? Find(params string[] names)
    {
        foreach (var name in names)
        {
            if (name.Contains('/')) return File.Exists(name) ? name : null;
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>The cache folder for converted files and OCR text: OPSK_CACHE, else $XDG_CACHE_HOME/opsknowledge, else ~/.cache/opsknowledge.</summary>
    public static string CacheDirectory(string part)
    {
        var root = Environment.GetEnvironmentVariable("OPSK_CACHE");
        if (string.IsNullOrEmpty(root))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            root = Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg, "opsknowledge");
        }
        return Path.Combine(root, part);
    }
}
