using OpsKnowledge.Ingest.Ooxml;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Tests.Html;
using OpsKnowledge.Ingest.Xlsx;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Xlsx;

/// <summary>Our KPI workbook (written with tools/format-fixtures/kpi_workbook.py, saved as .xlsx by LibreOffice).</summary>
public sealed class XlsxParserTests
{
    private static ProcessedFile Read(string name) =>
        Reading.With(new XlsxParser()).Read(SourceFile.Load(Fixture.Path("Xlsx", name)));

    private static Document Workbook() => Read("wuliu-yuanqu-zhibiao.xlsx").Document!;

    [Fact]
    public void VisibleSheets_BecomeSections_HiddenSheetIsSkipped()
    {
        var document = Workbook();
        var topLevel = document.Sections.Where(s => s.ParentIndex is null).Select(s => s.Title).ToList();
        Assert.Equal(["年度指标", "季度分解", "风险清单"], topLevel);
        Assert.DoesNotContain("部门清单", document.Text);
        Assert.Equal("智慧物流园区2025年度经营指标", document.Title);
    }

    [Fact]
    public void TitleRows_SplitOneSheetIntoTables_WithTheirHeadings()
    {
        var document = Workbook();
        var tables = document.Tables.ToList();
        Assert.Equal(4, tables.Count);
        Assert.Equal("运营指标", document.Sections[tables[0].SectionIndex!.Value].Title);
        Assert.Equal("财务指标", document.Sections[tables[1].SectionIndex!.Value].Title);
        Assert.Equal(["指标", "2024年实际", "2025年目标", "牵头部门"], tables[0].Rows[0].Select(c => c.Text));
        Assert.Equal(5, tables[0].Rows.Count);
    }

    [Fact]
    public void Numbers_AreShownWithTheirFormats()
    {
        var cells = Workbook().Tables.SelectMany(t => t.Rows).SelectMany(r => r).Select(c => c.Text).ToHashSet();
        Assert.Contains("87%", cells);
        Assert.Contains("91.2%", cells);
        Assert.Contains("2.6小时", cells);
        Assert.Contains("86分", cells);
        Assert.Contains("12,600万元", cells);
        Assert.Contains("86.50元/平方米", cells);
    }

    [Fact]
    public void MergedHeader_GivesTwoHeaderRows_AndSpans()
    {
        var quarters = Workbook().Tables.ElementAt(2);
        Assert.Equal(2, quarters.HeaderRowCount);
        Assert.Equal(2, quarters.Rows[0][0].RowSpan);
        Assert.Equal(4, quarters.Rows[0][1].ColSpan);
        Assert.True(quarters.Rows[1][0].IsMergedContinuation);
        Assert.Equal("2025年季度目标/一季度", quarters.HeaderOf(1));
    }

    [Fact]
    public void NoteRowUnderATable_IsAParagraph_NotATableRow()
    {
        var document = Workbook();
        var finance = document.Tables.ElementAt(1);
        Assert.Equal(3, finance.Rows.Count);
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("注：财务指标按园区合并口径统计"));
    }

    [Fact]
    public void NonZipWorkbook_FailsWithItsReason()
    {
        var result = Read("plain-text.xlsx");
        Assert.Null(result.Document);
        Assert.Equal(OoxmlFormat.Xlsx.NotAZip, result.Error);
    }
}
