using OpsKnowledge.TestKit.Repairing;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Conversion;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Pptx;
using OpsKnowledge.Ingest.Tests.Html;
using OpsKnowledge.Ingest.Xlsx;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Conversion;

/// <summary>Old formats made by LibreOffice from our corpus plan, workbook and deck (tools/format-fixtures), read through a real LibreOffice.</summary>
public sealed class ConvertedFormatParserTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"opsk-convert-test-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    private static readonly PassThroughRepairer Repairer = new();

    private OpsPipeline Word(LibreOfficeConverter? converter = null) =>
        Reading.With(new ConvertedFormatParser("word", ConvertedFormatParser.WordExtensions, "docx", new DocxParser(), converter ?? new LibreOfficeConverter(_cache)), Repairer);

    private static SourceFile Load(string name) => SourceFile.Load(Fixture.Path("Conversion", name));

    private static IEnumerable<string> Cells(Document document) => document.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Select(c => c.Text);

    [Fact]
    public void Doc_ReadsAsTheDocxItWasSavedFrom()
    {
        var doc = Word().Read(Load("wuliu-yuanqu-niandu-jihua.doc")).Document!;
        var docx = Reading.With(new DocxParser(), Repairer).Read(Load("wuliu-yuanqu-niandu-jihua.docx")).Document!;

        Assert.Equal("doc", doc.Format);
        Assert.Equal(docx.Sections.Select(s => s.Title), doc.Sections.Select(s => s.Title));
        Assert.Equal(Cells(docx), Cells(doc));
    }

    [Fact]
    public void WpsFile_InWordsBinaryFormat_Opens()
    {
        // WPS Office saves .wps in Word 97's binary format; LibreOffice tells the format by content, not by name.
        var bytes = Fixture.Bytes("Conversion", "wuliu-yuanqu-niandu-jihua.doc");
        var result = Word().Read(new SourceFile("/plans/wuliu.wps", bytes));
        Assert.True(result.Document is not null, result.Error);
        Assert.Equal("wps", result.Document!.Format);
        Assert.Contains(result.Document.Sections, s => s.Title == "年度指标分解");
    }

    [Fact]
    public void Xls_ReadsLikeTheWorkbook()
    {
        var reader = Reading.With(new ConvertedFormatParser("sheet", ConvertedFormatParser.SheetExtensions, "xlsx", new XlsxParser(), new LibreOfficeConverter(_cache)), Repairer);
        var xls = reader.Read(Load("wuliu-yuanqu-zhibiao.xls")).Document!;
        var xlsx = Reading.With(new XlsxParser(), Repairer).Read(SourceFile.Load(Fixture.Path("Xlsx", "wuliu-yuanqu-zhibiao.xlsx"))).Document!;
        Assert.Equal(Cells(xlsx), Cells(xls));
        Assert.Equal(xlsx.Sections.Select(s => s.Title), xls.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Odp_SlidesBecomeSections()
    {
        var reader = Reading.With(new ConvertedFormatParser("slides", ConvertedFormatParser.SlideExtensions, "pptx", new PptxParser(), new LibreOfficeConverter(_cache)), Repairer);
        var deck = reader.Read(Load("chongdianzhan-huibao.odp")).Document!;
        Assert.Contains(deck.Sections, s => s.Title == "年度指标分解" && s.Page == 3);
        Assert.Contains("4200万千瓦时", Cells(deck));
    }

    [Fact]
    public void SecondRead_ComesFromTheCache_WithoutLibreOffice()
    {
        var file = Load("wuliu-yuanqu-niandu-jihua.doc");
        Assert.NotNull(Word().Read(file).Document);
        var noLibreOffice = new LibreOfficeConverter(_cache, programs: "/nonexistent/soffice");
        var again = noLibreOffice.Convert(file, "docx");
        Assert.True(again.FromCache);
        Assert.NotNull(again.Bytes);
    }

    [Fact]
    public void MissingLibreOffice_IsOneLineNamingThePackage()
    {
        var result = Word(new LibreOfficeConverter(_cache, programs: "/nonexistent/soffice")).Read(Load("wuliu-yuanqu-niandu-jihua.doc"));
        Assert.Null(result.Document);
        Assert.Equal("install libreoffice-writer-nogui to read .doc (LibreOffice converts it)", result.Error);
    }

    [Fact]
    public void HungConverter_IsStoppedAtTheTimeLimit()
    {
        Directory.CreateDirectory(_cache);
        var hanging = Path.Combine(_cache, "hanging-soffice");
        File.WriteAllText(hanging, "#!/bin/sh\nsleep 30\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var started = DateTime.UtcNow;
        var result = Word(new LibreOfficeConverter(_cache, TimeSpan.FromSeconds(1), programs: hanging)).Read(Load("wuliu-yuanqu-niandu-jihua.doc"));
        Assert.Null(result.Document);
        Assert.Equal("LibreOffice did not convert .doc within 1 s (stopped)", result.Error);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the hung converter was waited for");
    }
}
