using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Pdf;

public sealed class PdfParserTests
{
    private static ProcessedFile Read(string name) =>
        Reading.With(new PdfParser()).Read(SourceFile.Load(Fixture.Path("Pdf", name)));

    [Fact]
    public void TwoPageTable_IsOneTableInTheDocument_WithPages()
    {
        var document = Read("yiyuan-houqin-yitihua-fuwu.pdf").Document!;

        Assert.Equal(2, document.PageCount);
        var table = document.Tables.Single();
        Assert.Equal(39, table.Rows.Count);
        Assert.Equal("达标率要求", table.HeaderOf(4));
        Assert.Contains(document.Sections, s => s.Number == "5" && s.Title == "考核与付费" && s.Page == 2);
    }

    [Fact]
    public void TwoColumnPlan_HasItsOutlineInOrder()
    {
        var document = Read("wuye-fuwu-niandu-jihua.pdf").Document!;
        var titles = document.Sections.Select(s => s.Title).ToList();

        Assert.Equal(["年度工作回顾", "年度工作目标", "重点工作安排"], titles.SkipWhile(t => t != "年度工作回顾").Take(3));
        Assert.True(titles.IndexOf("外包单位管理") < titles.IndexOf("经营目标"));
        Assert.DoesNotContain("智慧物业服务年度工作计划\n", document.Text);
    }

    [Theory]
    [InlineData("scanned-image-only.pdf", "no text layer — scanned PDF, OCR not supported")]
    [InlineData("encrypted.pdf", "encrypted PDF")]
    public void UnreadablePdf_FailsWithItsReason(string name, string reason)
    {
        var result = Read(name);
        Assert.Null(result.Document);
        Assert.Equal(reason, result.Error);
    }
}
