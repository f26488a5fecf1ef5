namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>The skeleton writer for each format, and writing a skeleton to a file named with its format's extension.</summary>
public static class SkeletonWriters
{
    public static ISkeletonWriter For(BootstrapFormat format) => format switch
    {
        BootstrapFormat.Markdown => new MarkdownSkeletonWriter(),
        BootstrapFormat.Docx => new DocxSkeletonWriter(),
        BootstrapFormat.Xlsx => new XlsxSkeletonWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Writes the file in the format its extension names; throws <see cref="ArgumentException"/> for an unsupported extension.</summary>
    public static BootstrapFormat WriteFile(PlanSkeleton skeleton, string path)
    {
        var format = BootstrapFormatResolver.FromPath(path);
        using var stream = File.Create(path);
        For(format).Write(stream, skeleton);
        return format;
    }
}
