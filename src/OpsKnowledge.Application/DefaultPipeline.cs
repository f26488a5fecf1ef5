using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Extract;
using OpsKnowledge.Ingest.Conversion;
using OpsKnowledge.Ingest.Docx;
using OpsKnowledge.Ingest.Html;
using OpsKnowledge.Ingest.Markdown;
using OpsKnowledge.Ingest.Ocr;
using OpsKnowledge.Ingest.Pdf;
using OpsKnowledge.Ingest.Pptx;
using OpsKnowledge.Ingest.Text;
using OpsKnowledge.Ingest.Xlsx;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Application;

/// <summary>The pipeline every front end uses unless told otherwise: all parsers, the full repair stage, the default extractor.</summary>
public static class DefaultPipeline
{
    private static readonly Lazy<OpsPipeline> Shared = new(() => Create());

    /// <summary>One instance per process: the stages are immutable and their ICU objects are costly to create.</summary>
    public static OpsPipeline Instance => Shared.Value;

    /// <summary>Builds the pipeline; a <paramref name="repairer"/> given replaces the default repair stage (benchmarks wrap it to time it).</summary>
    public static OpsPipeline Create(ITextRepairer? repairer = null) => CreateBuilder(repairer).Build();

    /// <summary>The default stages, not yet built, for callers that replace one of them (a test's extractor, a benchmark's observer).</summary>
    public static OpsPipelineBuilder CreateBuilder(ITextRepairer? repairer = null)
    {
        var docx = new DocxParser();
        var xlsx = new XlsxParser();
        var pptx = new PptxParser();
        var converter = new LibreOfficeConverter();
        return new OpsPipelineBuilder()
            .UseRepairer(repairer ?? new TextRepairer())
            .UseExtractor(new RecordExtractor())
            .AddParser(new TextParser())
            .AddParser(new MarkdownParser())
            .AddParser(new HtmlParser())
            .AddParser(new PdfParser(new TesseractOcr()))
            .AddParser(docx)
            .AddParser(xlsx)
            .AddParser(pptx)
            .AddParser(new ConvertedFormatParser("word", ConvertedFormatParser.WordExtensions, "docx", docx, converter))
            .AddParser(new ConvertedFormatParser("sheet", ConvertedFormatParser.SheetExtensions, "xlsx", xlsx, converter))
            .AddParser(new ConvertedFormatParser("slides", ConvertedFormatParser.SlideExtensions, "pptx", pptx, converter));
    }
}
