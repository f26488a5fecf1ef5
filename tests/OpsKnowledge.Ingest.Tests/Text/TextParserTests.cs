using OpsKnowledge.Application;
using System.Security.Cryptography;
using System.Text;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Text;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Text;

/// <summary>The plain-text reader decodes, repairs, structures and describes a plan, and turns bad files into failures.</summary>
public class TextParserTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures");

    private readonly OpsPipeline _reader = Reading.With(new TextParser(), new PassThroughTextRepairer());

    [Fact]
    public void Plan_IsReadWithOutlineTableAndHeader()
    {
        var file = SourceFile.Load(Path.Combine(Folder, "property-plan.txt"));
        var result = _reader.Read(file);

        Assert.True(result.Document is not null, result.Error);
        var document = result.Document!;
        Assert.Equal("property-plan.txt", document.Id);
        Assert.Equal("txt", document.Format);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Equal("utf-8", document.Repair.Encoding);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.Bytes)), document.ContentHash);
        Assert.Equal(Encoding.UTF8.GetString(file.Bytes), document.OriginalText);
        Assert.Equal("物业服务年度运营计划", document.Title);
        Assert.Equal(["1 总体思路", "1.1 工作定位", "1.2 年度目标", "2 重点工作"], document.Sections.Select(s => s.Heading));
        Assert.DoesNotContain("目录", document.Text);
        var table = Assert.Single(document.Tables);
        Assert.Equal("≥92%", table.Rows[1][1].Text);
        Assert.Equal(2, table.SectionIndex);
        Assert.Equal(2, document.Paragraphs.Count(p => p.IsListItem));
        foreach (var paragraph in document.Paragraphs) Assert.Equal(paragraph.Text, document.Slice(paragraph.Span));
    }

    [Theory]
    [InlineData(new byte[0], "no text: file is empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no text: file holds only whitespace")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "binary content, not text")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "binary content, not text")]
    [InlineData(new byte[] { 0x41, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x9F, 0x00, 0x03 }, "binary content, not text")]
    public void BadBytes_AreFailuresNotExceptions(byte[] bytes, string reason)
    {
        var result = _reader.Read(new SourceFile("/in/bad.txt", bytes));
        Assert.Null(result.Document);
        Assert.Equal(reason, result.Error);
        Assert.Equal("/in/bad.txt", result.Path);
    }

    [Fact]
    public void Reader_TakesTxtAndText() => Assert.Equal(["txt", "text"], _reader.Extensions);
}
