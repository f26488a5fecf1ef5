using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Ooxml;
using OpsKnowledge.Ingest.Pptx;
using OpsKnowledge.Ingest.Tests.Html;
using OpsKnowledge.Ingest.Xlsx;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Ooxml;

/// <summary>Every OOXML reader refuses a part nested deeper than a document ever is, or inflating past the limit, before OpenXML loads it.</summary>
public sealed class OoxmlPackageReaderTests
{
    private static ProcessedFile Read(OpsPipeline reader, string name, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "opsk-ooxml-" + Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(path, bytes);
        try
        {
            return reader.Read(SourceFile.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static OpsPipeline Docx() => Reading.With(new DocxParser());
    private static OpsPipeline Xlsx() => Reading.With(new XlsxParser());
    private static OpsPipeline Pptx() => Reading.With(new PptxParser());

    [Fact]
    public void ShallowPackages_OfTheSameShape_AreRead()
    {
        Assert.Contains("深层", Read(Docx(), "shallow.docx", HostilePackages.NestedDocx(3, "<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>")).Document!.OriginalText);
        Assert.Contains("客户满意度", Read(Xlsx(), "shallow.xlsx", HostilePackages.NestedXlsx(3)).Document!.OriginalText);
        Assert.Contains("深层", Read(Pptx(), "shallow.pptx", HostilePackages.NestedPptx(3)).Document!.OriginalText);
    }

    [Fact]
    public void NestedWorksheet_IsRefusedBeforeLoading()
    {
        var result = Read(Xlsx(), "nested.xlsx", HostilePackages.NestedXlsx(10_000));

        Assert.Null(result.Document);
        Assert.Equal("the XLSX nests elements 20,000 deep in xl/worksheets/sheet1.xml (at most 1,000), refused before loading", result.Error);
    }

    [Fact]
    public void NestedGroupShapes_AreRefusedBeforeLoading()
    {
        var result = Read(Pptx(), "nested.pptx", HostilePackages.NestedPptx(10_000));

        Assert.Null(result.Document);
        Assert.Equal("the PPTX nests elements 10,007 deep in ppt/slides/slide1.xml (at most 1,000), refused before loading", result.Error);
    }

    [Fact]
    public void NestedTables_AreRefusedBeforeLoading()
    {
        var result = Read(Docx(), "nested.docx", HostilePackages.NestedDocx(10_000, "<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"));

        Assert.Null(result.Document);
        Assert.Equal("the DOCX nests elements 30,004 deep in word/document.xml (at most 1,000), refused before loading", result.Error);
    }

    [Fact]
    public void PartInflatingPastTheLimit_IsRefusedByItsDeclaredSize()
    {
        var megabytes = (int)(OoxmlPackageCheck.MaxPartBytes / (1024 * 1024)) + 1;
        var result = Read(Docx(), "bomb.docx", HostilePackages.InflatingDocx(megabytes));

        Assert.Null(result.Document);
        Assert.Equal($"the DOCX part word/document.xml inflates to {megabytes} MB (at most 128 MB a part), refused before inflating", result.Error);
    }

    [Fact]
    public void DeclaredSizes_AreCheckedForEveryFormat()
    {
        var bomb = HostilePackages.InflatingDocx((int)(OoxmlPackageCheck.MaxPartBytes / (1024 * 1024)) + 1);

        Assert.StartsWith("the XLSX part word/document.xml inflates to", OoxmlPackageCheck.Check(bomb, OoxmlFormat.Xlsx));
        Assert.StartsWith("the PPTX part word/document.xml inflates to", OoxmlPackageCheck.Check(bomb, OoxmlFormat.Pptx));
    }
}
