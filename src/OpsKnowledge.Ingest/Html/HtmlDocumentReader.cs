using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Blocks;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Html;

/// <summary>Reads saved web pages: charset checked by the repair stage, main content only, tables with their spans.</summary>
public sealed class HtmlDocumentReader(ITextRepairer repairer, DocumentBuilder? builder = null) : IDocumentReader
{
    private readonly HtmlBlockExtractor _extractor = new();
    private readonly BlockTextRepair _repair = new(repairer);
    private readonly DocumentBuilder _builder = builder ?? new DocumentBuilder();

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = ["html", "htm"];

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (file.Bytes.Length == 0) return ReadResult.Failure(file.Path, "empty file");
        if (BinaryContentSniffer.LooksBinary(file.Bytes)) return ReadResult.Failure(file.Path, "binary content, not an HTML page");

        // The declared charset may lie (GBK pages saved with a utf-8 meta): the repairer scores it against detection.
        var declared = HtmlCharsetSniffer.Sniff(file.Bytes);
        var decoded = repairer.Decode(file.Bytes, declared);
        var content = _extractor.Extract(decoded.Text);
        if (content.Blocks.Count == 0) return ReadResult.Failure(file.Path, "no readable text in the page");

        var repaired = _repair.Repair(content.Blocks);
        var report = repaired.Report with
        {
            Encoding = decoded.Encoding,
            BoilerplateRemoved = repaired.Report.BoilerplateRemoved + content.FurnitureRemoved,
        };
        var header = new DocumentHeader
        {
            Id = file.Name,
            SourcePath = file.Path,
            Format = Format,
            Encoding = decoded.Encoding,
            OriginalText = repaired.OriginalText,
            Repair = report,
            ContentHash = file.ContentHash,
            // The page title is damaged like the body (a site's pinyin annotations, mojibake): repaired the same way.
            Title = content.Title is { Length: > 0 } title ? repairer.Repair(title).Text : content.Title,
        };
        return ReadResult.Success(_builder.Build(header, repaired.Blocks));
    }
}
