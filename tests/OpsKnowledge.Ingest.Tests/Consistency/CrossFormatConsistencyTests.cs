using OpsKnowledge.TestKit.Repairing;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Consistency;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Html;
using OpsKnowledge.Ingest.Markdown;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Ingest.Tests.Html;
using Xunit;
using Xunit.Abstractions;

namespace OpsKnowledge.Ingest.Tests.Consistency;

/// <summary>One plan written once in Markdown and rendered to HTML, DOCX and PDF: every reader must give the same outline and cells.</summary>
public sealed class CrossFormatConsistencyTests(ITestOutputHelper output)
{
    private const string Plan = "shequ-yanglao-yunying-fangan";

    private static Document Read(OpsPipeline reader, string extension)
    {
        var result = reader.Read(SourceFile.Load(Fixture.Path("Consistency", $"{Plan}.{extension}")));
        Assert.True(result.Document is not null, result.Error);
        return result.Document!;
    }

    public static TheoryData<string> Formats => new() { "html", "docx", "pdf" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormat_ReproducesTheMarkdownOutlineAndCells(string format)
    {
        var repairer = new PassThroughRepairer();
        var markdown = Read(Reading.With(new MarkdownParser(), repairer), "md");
        OpsPipeline reader = format switch
        {
            "html" => Reading.With(new HtmlParser(), repairer),
            "docx" => Reading.With(new DocxParser(), repairer),
            _ => Reading.With(new PdfParser(), repairer),
        };
        var other = Read(reader, format);

        var score = DocumentConsistency.Compare(markdown, other);
        output.WriteLine($"{format}: sections {score.SectionsMatched}/{score.SectionsTotal}, cells {score.CellsMatched}/{score.CellsTotal}, share {score.Share:P1}");
        foreach (var difference in DocumentConsistency.Differences(markdown, other)) output.WriteLine(difference);

        Assert.True(markdown.Sections.Count >= 15 && markdown.Tables.Count() == 2, "the reference must have an outline and two tables");
        Assert.True(score.Share >= 0.98, $"{format} matches {score.Share:P1} of the Markdown version");
    }
}
