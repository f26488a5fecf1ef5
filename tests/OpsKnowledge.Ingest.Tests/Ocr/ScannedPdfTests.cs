using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Ocr;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Ocr;

/// <summary>Our community elder-care plan (corpus/) rendered at 200 dpi, 1-bit, into an image-only PDF (pdftoppm + img2pdf), read by Tesseract.</summary>
public sealed class ScannedPdfTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"opsk-ocr-test-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    private static SourceFile Scan() => SourceFile.Load(Fixture.Path("Ocr", "shequ-yanglao-saomiao.pdf"));

    [Fact]
    public void ScannedPages_AreReadByOcr_IntoSectionsAndParagraphs()
    {
        var result = Reading.With(new PdfParser(new TesseractOcr(_cache, dpi: 200))).Read(Scan());
        Assert.True(result.Document is not null, result.Error);
        var document = result.Document!;
        Assert.Equal([1, 2], document.ScannedPages.Select(p => p.Page));
        Assert.All(document.ScannedPages, p => Assert.InRange(p.Confidence, 0.5, 0.99));
        Assert.Contains(document.Paragraphs, p => p.Page == 1 && p.Text.Contains("日间照料日均服务人数达到八十人次"));
    }

    [Fact]
    public void SecondRead_ComesFromTheCache()
    {
        var ocr = new TesseractOcr(_cache, dpi: 200);
        var bytes = Scan().Bytes;
        var first = ocr.Read(bytes, [1]);
        var second = ocr.Read(bytes, [1]);
        Assert.False(first[0].FromCache);
        Assert.True(second[0].FromCache);
        Assert.Equal(first[0].Blocks, second[0].Blocks);
    }

    [Fact]
    public void MissingTesseract_IsOneLineNamingThePackage()
    {
        var reader = Reading.With(new PdfParser(new TesseractOcr(_cache, tesseract: "/nonexistent/tesseract")));
        var result = reader.Read(Scan());
        Assert.Null(result.Document);
        Assert.Equal("scanned PDF: install tesseract-ocr-chi-sim to read it", result.Error);
    }

    [Fact]
    public void WithoutOcr_AScanStillFailsWithItsReason()
    {
        var result = Reading.With(new PdfParser()).Read(Scan());
        Assert.Equal(PdfBlockExtractor.NoTextLayer, result.Error);
    }
}
