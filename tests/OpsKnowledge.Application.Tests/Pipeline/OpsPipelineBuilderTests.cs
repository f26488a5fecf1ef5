using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Application.Tests.Pipeline;

/// <summary>A parser only parses: the pipeline built around it decodes, repairs, structures and describes the document.</summary>
public sealed class OpsPipelineBuilderTests
{
    /// <summary>Repairs by upper-casing, so a test can see which text went through repair.</summary>
    private sealed class UpperCasingRepairer : ITextRepairer
    {
        public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null) => new(Encoding.UTF8.GetString(bytes), "utf-8", []);

        public RepairedText Repair(string text) => new(text.ToUpperInvariant(), RepairReport.None);
    }

    private sealed class NoteParser : IFormatParser
    {
        public string Format => "note";

        public IReadOnlyList<string> Extensions { get; } = ["note"];

        public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default) =>
            file.Bytes.Length == 0
                ? ParsedSource.Failed("empty note")
                : ParsedSource.FromBlocks(
                    [new SourceHeading("1. goals", 1), new SourceParagraph("raise satisfaction to 90%"), new SourceHeading("2. risks", 1), new SourceParagraph("late delivery")],
                    new SourceFacts { Title = "the note", PageCount = 2, BoilerplateRemoved = 3 });
    }

    private sealed class LinesParser : ITextFormatParser
    {
        public string? RepairedTextSeen { get; private set; }

        public string Format => "lines";

        public IReadOnlyList<string> Extensions { get; } = ["lines"];

        public string NoContentReason => "no lines";

        public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default) =>
            ParsedSource.FromText(decoder.Decode(file.Bytes));

        public IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default)
        {
            RepairedTextSeen = text;
            return text.Trim().Length == 0 ? [] : [new SourcePlainText(text)];
        }
    }

    private static OpsPipeline With(IFormatParser parser) => new OpsPipelineBuilder().UseRepairer(new UpperCasingRepairer()).AddParser(parser).Build();

    [Fact]
    public void BlockParser_GetsItsBlocksRepairedAndStructured_AndItsFactsOnTheDocument()
    {
        var read = With(new NoteParser()).Read(new SourceFile("/plans/a.note", [1]));

        var document = read.Document!;
        Assert.Equal("note", document.Format);
        Assert.Equal("a.note", document.Id);
        Assert.Equal("the note", document.Title);
        Assert.Equal(2, document.PageCount);
        Assert.Equal(3, document.Repair.BoilerplateRemoved);
        Assert.Equal("1. goals\nraise satisfaction to 90%\n2. risks\nlate delivery", document.OriginalText);
        Assert.Contains("RAISE SATISFACTION TO 90%", document.Text);
        Assert.Equal(["GOALS", "RISKS"], document.Sections.Select(s => s.Title));
    }

    [Fact]
    public void TextParser_SplitsTheWholeTextAfterRepair()
    {
        var parser = new LinesParser();
        var read = With(parser).Read(new SourceFile("/plans/a.lines", Encoding.UTF8.GetBytes("一、goals\nraise it\n二、risks\nlate\n")));

        Assert.Equal("一、GOALS\nRAISE IT\n二、RISKS\nLATE\n", parser.RepairedTextSeen);
        Assert.Equal("一、goals\nraise it\n二、risks\nlate\n", read.Document!.OriginalText);
        Assert.Equal("utf-8", read.Document.Encoding);
        Assert.Equal(["GOALS", "RISKS"], read.Document.Sections.Select(s => s.Title));
    }

    [Fact]
    public void ParserFailures_AndEmptyText_AreFailuresWithTheParsersReason()
    {
        Assert.Equal("empty note", With(new NoteParser()).Read(new SourceFile("/plans/b.note", [])).Error);
        Assert.Equal("no lines", With(new LinesParser()).Read(new SourceFile("/plans/b.lines", Encoding.UTF8.GetBytes("  \n"))).Error);
    }
}
