using OpsKnowledge.Ingest.Ooxml;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Docx;

public sealed class DocxParserTests
{
    private static ProcessedFile Read(string name) =>
        Reading.With(new DocxParser()).Read(SourceFile.Load(Fixture.Path("Docx", name)));

    [Fact]
    public void NumberedHeadings_BecomeNumberedSections_MergedCellsExpand()
    {
        var document = Read("chongdianzhan-yunying-fangan.docx").Document!;

        Assert.Contains(document.Sections, s => s.Number == "2.1" && s.Title == "经营目标");
        Assert.Contains(document.Sections, s => s.Title == "项目背景" && s.Level == 1);
        var table = document.Tables.Single();
        Assert.Equal("经营", table.Rows[3][0].Text);
        Assert.True(table.Rows[3][0].IsMergedContinuation);
        Assert.False(table.Rows[4][3].IsMergedContinuation);
    }

    [Fact]
    public void NonZipDocx_FailsWithItsReason()
    {
        var result = Read("plain-text.docx");
        Assert.Null(result.Document);
        Assert.Equal(OoxmlFormat.Docx.NotAZip, result.Error);
    }
}
