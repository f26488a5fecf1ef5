using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Html;
using OpsKnowledge.Repair;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Html;

public sealed class HtmlParserTests
{
    [Fact]
    public void GbkPageWithLyingMeta_ThroughTheRealRepairer_GivesChineseSections()
    {
        var reader = Reading.With(new HtmlParser(), new TextRepairer());
        var result = reader.Read(SourceFile.Load(Fixture.Path("Html", "wuliu-yuanqu-niandu-jihua.htm")));

        Assert.True(result.Document is not null, result.Error);
        var document = result.Document!;
        Assert.StartsWith("gb", document.Encoding, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(document.Sections, s => s.Heading == "二 年度运营目标" || s.Title == "年度运营目标");
        Assert.Contains(document.Sections, s => s.Number == "3.2" && s.Title == "智能调度平台建设");
        Assert.Equal("93%", document.Tables.Single().Rows[1][2].Text);
    }

    [Fact]
    public void ScrapedPage_BecomesADocumentWithoutFurniture()
    {
        var reader = Reading.With(new HtmlParser());
        var document = reader.Read(SourceFile.Load(Fixture.Path("Html", "wenlv-jingqu-zhihui-yunying.html"))).Document!;

        Assert.Equal("html", document.Format);
        Assert.Equal("文旅景区智慧运营实施方案", document.Title);
        Assert.Contains(document.Sections, s => s.Title == "客流监测与疏导" && s.Number == "3.2");
        Assert.DoesNotContain("相关文档推荐", document.Text);
        Assert.DoesNotContain("网友评论", document.Text);
        Assert.True(document.Repair.BoilerplateRemoved >= 8);
        Assert.Equal(64, document.ContentHash.Length);
    }

    [Fact]
    public void EmptyFile_IsAFailure()
    {
        var reader = Reading.With(new HtmlParser());
        Assert.Null(reader.Read(new SourceFile("empty.html", [])).Document);
    }
}
