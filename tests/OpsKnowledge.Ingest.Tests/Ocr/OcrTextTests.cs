using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Ocr;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Ocr;

public sealed class OcrTextTests
{
    private static string Word(int block, int line, int word, int left, int top, int width, string text, double conf = 90) =>
        $"5\t1\t{block}\t1\t{line}\t{word}\t{left}\t{top}\t{width}\t40\t{conf}\t{text}";

    [Fact]
    public void ChineseWords_JoinWithoutSpaces_LatinWordsKeepThem()
    {
        var tsv = string.Join('\n', "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            Word(1, 1, 1, 100, 100, 80, "客户"), Word(1, 1, 2, 180, 100, 120, "满意度"), Word(1, 1, 3, 300, 100, 60, "95%"),
            Word(1, 2, 1, 100, 150, 60, "ERP", 50), Word(1, 2, 2, 170, 150, 80, "system", 70));
        var lines = OcrTsvParser.Lines(tsv);
        Assert.Equal(["客户满意度95%", "ERP system"], lines.Select(l => l.Text));
        Assert.Equal(60, lines[1].Confidence);
        Assert.Equal(100, lines[1].Left);
    }

    [Fact]
    public void ShortLinesAndNumberedLines_StartParagraphs_WrappedLinesJoin()
    {
        OcrLine Line(string text, int top, int right) => new(text, 100, top, right, top + 40, 90, 1);
        var blocks = OcrBlockAssembler.Blocks(
        [
            Line("一、项目背景", 100, 400),
            Line("本中心为社区老人提供日间照料、助餐和上门服务，全年服务人数", 160, 1500),
            Line("达到三千人次。", 210, 500),
            Line("二、运营目标", 270, 400),
        ], page: 3);
        Assert.Equal(["一、项目背景", "本中心为社区老人提供日间照料、助餐和上门服务，全年服务人数达到三千人次。", "二、运营目标"],
            blocks.Cast<SourceParagraph>().Select(p => p.Text));
        Assert.All(blocks, b => Assert.Equal(3, b.Page));
    }

    [Fact]
    public void TwoColumnPage_WrappedLinesOfTheNarrowColumn_Join()
    {
        // Tesseract gives each column a block; the left column ends far from the page's right edge (the right column's).
        OcrLine Line(string text, int left, int top, int right, int block) => new(text, left, top, right, top + 40, 90, block);
        var blocks = OcrBlockAssembler.Blocks(
        [
            Line("二、年度工作目标", 100, 100, 500, 1),
            Line("收费率提升至百分之九十三，住户满意度", 100, 160, 1000, 2),
            Line("达到九十分，报修平均办结时长缩短至", 100, 210, 1000, 2),
            Line("八小时以内。", 100, 260, 400, 2),
            Line("三、重点工作安排", 1100, 100, 1500, 3),
            Line("推行楼栋管家制度，每名管家负责户数不", 1100, 160, 2000, 4),
            Line("超过三百户。", 1100, 210, 1400, 4),
        ], page: 1);
        Assert.Equal(
        [
            "二、年度工作目标",
            "收费率提升至百分之九十三，住户满意度达到九十分，报修平均办结时长缩短至八小时以内。",
            "三、重点工作安排",
            "推行楼栋管家制度，每名管家负责户数不超过三百户。",
        ], blocks.Cast<SourceParagraph>().Select(p => p.Text));
    }
}
