using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;
using Xunit.Abstractions;

namespace OpsKnowledge.Ingest.Tests.Pdf;

public sealed class PdfDump(ITestOutputHelper output)
{
    [Theory]
    [InlineData("yiyuan-houqin-yitihua-fuwu.pdf")]
    [InlineData("wuye-fuwu-niandu-jihua.pdf")]
    public void Dump(string name)
    {
        var content = PdfContentReader.Read(new PdfBlockExtractor(), Fixture.Bytes("Pdf", name));
        output.WriteLine($"failure={content.Failure} pages={content.PageCount} running={content.RunningLinesRemoved}");
        foreach (var b in content.Blocks)
        {
            output.WriteLine(b switch
            {
                SourceHeading h => $"[H{h.Level} p{h.Page}] {h.Text}",
                SourceParagraph p => $"[P p{p.Page}] {p.Text}",
                SourceTable t => $"[T p{t.Page} hdr={t.HeaderRowCount}] " + string.Join("\n   ", t.Rows.Select(r => string.Join(" | ", r.Select(c => $"{c.Text}{(c.RowSpan > 1 || c.ColSpan > 1 ? $"({c.RowSpan}x{c.ColSpan})" : "")}")))),
                _ => "?",
            });
        }
    }
}
