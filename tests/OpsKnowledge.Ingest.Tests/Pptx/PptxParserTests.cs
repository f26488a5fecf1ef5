using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Pptx;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Pptx;

/// <summary>Our deck (tools/format-fixtures/slide_deck.py saved as .pptx by LibreOffice), as text boxes and with PowerPoint's placeholders.</summary>
public sealed class PptxParserTests
{
    private static ProcessedFile Read(string name) =>
        Reading.With(new PptxParser()).Read(SourceFile.Load(Fixture.Path("Pptx", name)));

    [Theory]
    [InlineData("chongdianzhan-huibao.pptx")]
    [InlineData("chongdianzhan-huibao-placeholders.pptx")]
    public void EachSlide_IsASection_HeadedByItsTitle(string name)
    {
        var document = Read(name).Document!;
        var slides = document.Sections.Where(s => s.ParentIndex is null).Select(s => s.Title).ToList();
        Assert.Equal(["新能源汽车充电站网络运营方案", "运营目标", "年度指标分解", "保障措施", PptxBlockExtractor.NotesSectionTitle], slides);
        Assert.Equal(4, document.PageCount);
        var goals = document.Sections.Single(s => s.Title == "运营目标");
        Assert.Equal(2, goals.Page);
        Assert.Contains(document.Paragraphs, p => p.SectionIndex == goals.Index && p.Text == "单桩日均利用率达到15%以上。");
    }

    [Fact]
    public void SlideTable_IsATable_WithItsRowSpan()
    {
        var table = Read("chongdianzhan-huibao.pptx").Document!.Tables.Single();
        Assert.Equal(["类别", "指标", "上半年目标", "全年目标"], table.Rows[0].Select(c => c.Text));
        Assert.Equal(2, table.Rows[1][0].RowSpan);
        Assert.True(table.Rows[2][0].IsMergedContinuation);
        Assert.Equal("4200万千瓦时", table.Rows[2][3].Text);
        Assert.Equal(3, table.Page);
    }

    [Theory]
    [InlineData("chongdianzhan-huibao.pptx")]
    [InlineData("chongdianzhan-huibao-placeholders.pptx")]
    public void SpeakerNotes_StayApart_InTheNotesSection(string name)
    {
        var document = Read(name).Document!;
        var notes = document.Sections.Single(s => s.Title == PptxBlockExtractor.NotesSectionTitle);
        var noteParagraphs = document.Paragraphs.Where(p => p.SectionIndex == notes.Index).Select(p => p.Text).ToList();
        Assert.Equal(["[第2页 运营目标] 利用率目标按全年平均口径计算，节假日高峰不单独考核。", "[第3页 年度指标分解] 充电量按结算系统口径统计。"], noteParagraphs);
        var goals = document.Sections.Single(s => s.Title == "运营目标");
        Assert.DoesNotContain(document.Paragraphs, p => p.SectionIndex == goals.Index && p.Text.Contains("节假日高峰"));
    }

    [Fact]
    public void RandomBytes_FailWithItsReason()
    {
        var result = Read("random-bytes.pptx");
        Assert.Null(result.Document);
        Assert.StartsWith("not a valid PPTX", result.Error);
    }
}
