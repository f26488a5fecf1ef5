using OpsKnowledge.Ingest.Pdf;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Pdf;

/// <summary>A PDF stream that inflates past the limit fails its file with that reason, whether it is deflated once or twice.</summary>
public sealed class PdfDecodeLimitTests
{
    private const long OneMegabyte = 1024 * 1024;

    [Fact]
    public void StreamWithinTheLimit_IsRead()
    {
        var content = PdfContentReader.Read(new PdfBlockExtractor(), HostilePdfs.InflatingContent(megabytes: 1, layers: 2), new PdfDecodeBudget(maxStreamBytes: 4 * OneMegabyte));

        Assert.Null(content.Failure);
        Assert.Contains("Deflated", string.Concat(content.Blocks.Select(b => b.ToString())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void StreamPastTheLimit_FailsTheFileWithThatReason(int layers)
    {
        var content = PdfContentReader.Read(new PdfBlockExtractor(), HostilePdfs.InflatingContent(megabytes: 8, layers), new PdfDecodeBudget(maxStreamBytes: 4 * OneMegabyte));

        Assert.Equal("PDF stream inflates past 4 MB", content.Failure);
    }

    [Fact]
    public void DocumentPastItsTotal_FailsTheFileWithThatReason()
    {
        var content = PdfContentReader.Read(new PdfBlockExtractor(), HostilePdfs.InflatingContent(megabytes: 3, layers: 1), new PdfDecodeBudget(maxStreamBytes: 4 * OneMegabyte, maxDocumentBytes: 2 * OneMegabyte));

        Assert.Equal("PDF streams inflate past 2 MB together", content.Failure);
    }

    [Fact]
    public void DefaultLimits_RefuseADoublyDeflatedBomb()
    {
        var bomb = HostilePdfs.InflatingContent(megabytes: 200, layers: 2);
        Assert.InRange(bomb.Length, 1, 64 * 1024);

        var content = PdfContentReader.Read(new PdfBlockExtractor(), bomb);

        Assert.Equal("PDF stream inflates past 64 MB", content.Failure);
    }
}
