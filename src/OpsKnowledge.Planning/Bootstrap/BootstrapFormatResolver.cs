namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Picks the skeleton format from the output file's extension (.md, .docx, .xlsx).</summary>
public static class BootstrapFormatResolver
{
    public const string Supported = ".md, .docx, .xlsx";

    /// <summary>False with a message naming the supported extensions when the extension is not one of them.</summary>
    public static bool TryFromPath(string path, out BootstrapFormat format, out string? error)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".md" or ".markdown":
                format = BootstrapFormat.Markdown;
                break;
            case ".docx":
                format = BootstrapFormat.Docx;
                break;
            case ".xlsx":
                format = BootstrapFormat.Xlsx;
                break;
            default:
                format = default;
                error = extension.Length == 0
                    ? $"输出文件 \"{path}\" 没有扩展名；请使用 {Supported}（output file has no extension; use {Supported}）"
                    : $"不支持的输出格式 \"{extension}\"；请使用 {Supported}（unsupported output extension {extension}; use {Supported}）";
                return false;
        }
        error = null;
        return true;
    }

    /// <summary>The format for the path; an unsupported extension is the caller's mistake and throws <see cref="ArgumentException"/>.</summary>
    public static BootstrapFormat FromPath(string path) =>
        TryFromPath(path, out var format, out var error) ? format : throw new ArgumentException(error, nameof(path));
}
