using System.Text;

namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Writes a plan skeleton as Markdown: ATX headings, the sources of each heading as a quote, tables as pipe tables.</summary>
public sealed class MarkdownSkeletonWriter : ISkeletonWriter
{
    public BootstrapFormat Format => BootstrapFormat.Markdown;

    public string Extension => ".md";

    public string ContentType => "text/markdown; charset=utf-8";

    public void Write(Stream output, PlanSkeleton skeleton)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        Write(writer, skeleton);
    }

    public void Write(TextWriter writer, PlanSkeleton skeleton)
    {
        writer.WriteLine($"# {skeleton.Title}");
        writer.WriteLine();
        writer.WriteLine($"> 依据：{string.Join("、", skeleton.Plans)}");
        writer.WriteLine();
        for (var i = 0; i < skeleton.Outline.Count; i++)
        {
            var heading = skeleton.Outline[i];
            writer.WriteLine($"{new string('#', heading.Level + 1)} {heading.Heading}");
            writer.WriteLine();
            writer.WriteLine($"> 参考：{string.Join("；", heading.Sources)}");
            writer.WriteLine();
            foreach (var table in skeleton.Tables.Where(t => t.HeadingIndex == i)) WriteTable(writer, table);
        }
        var appendix = skeleton.Tables.Where(t => t.HeadingIndex is null).ToList();
        if (appendix.Count == 0) return;
        writer.WriteLine($"## {skeleton.AppendixTitle}");
        writer.WriteLine();
        foreach (var table in appendix) WriteTable(writer, table);
    }

    private static void WriteTable(TextWriter writer, SkeletonTable table)
    {
        writer.WriteLine($"**表：{table.Title}**");
        writer.WriteLine();
        writer.WriteLine("| " + string.Join(" | ", table.Columns.Select(Cell)) + " |");
        writer.WriteLine("|" + string.Concat(table.Columns.Select(_ => " --- |")));
        foreach (var row in table.Rows) writer.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        writer.WriteLine();
    }

    /// <summary>A cell's text safe inside a pipe table: pipes escaped, line breaks as &lt;br&gt;.</summary>
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal).Trim();
}
