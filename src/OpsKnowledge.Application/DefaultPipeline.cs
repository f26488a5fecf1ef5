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
using OpsKnowledge.Structure;

namespace OpsKnowledge.Application;

/// <summary>The pipeline every front end uses unless told otherwise: all readers, the full repair stage, the default extractor.</summary>
public static class DefaultPipeline
{
    private static readonly Lazy<OpsPipeline> Shared = new(() => Create());

    /// <summary>One instance per process: the stages are immutable and their ICU objects are costly to create.</summary>
    public static OpsPipeline Instance => Shared.Value;

    /// <summary>Builds the pipeline; a <paramref name="repairer"/> given replaces the default repair stage in every reader (benchmarks wrap it to time it).</summary>
    public static OpsPipeline Create(ITextRepairer? repairer = null)
    {
        repairer ??= new TextRepairer();
        var builder = new DocumentBuilder();
        var docx = new DocxDocumentReader(repairer, builder);
        var xlsx = new XlsxDocumentReader(repairer, builder);
        var pptx = new PptxDocumentReader(repairer, builder);
        var converter = new LibreOfficeConverter();
        IDocumentReader[] readers =
        [
            new TextDocumentReader(repairer, builder),
            new MarkdownDocumentReader(repairer, builder),
            new HtmlDocumentReader(repairer, builder),
            new PdfDocumentReader(repairer, builder, new TesseractOcr()),
            docx,
            xlsx,
            pptx,
            new ConvertedDocumentReader("word", ConvertedDocumentReader.WordExtensions, "docx", docx, converter),
            new ConvertedDocumentReader("sheet", ConvertedDocumentReader.SheetExtensions, "xlsx", xlsx, converter),
            new ConvertedDocumentReader("slides", ConvertedDocumentReader.SlideExtensions, "pptx", pptx, converter),
        ];
        return new OpsPipeline(readers, repairer, new RecordExtractor());
    }
}
