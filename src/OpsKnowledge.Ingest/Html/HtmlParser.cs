using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Html;

/// <summary>Parses saved web pages: charset weighed by the decoding stage, main content only, tables with their spans.</summary>
public sealed class HtmlParser : IFormatParser
{
    private readonly HtmlBlockExtractor _extractor = new();

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = ["html", "htm"];

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        if (file.Bytes.Length == 0) return ParsedSource.Failed("empty file");
        if (BinaryContentSniffer.LooksBinary(file.Bytes)) return ParsedSource.Failed("binary content, not an HTML page");

        // The declared charset may lie (GBK pages saved with a utf-8 meta): the decoder scores it against detection.
        var declared = HtmlCharsetSniffer.Sniff(file.Bytes);
        var decoded = decoder.Decode(file.Bytes, declared);
        var content = _extractor.Extract(decoded.Text);
        if (content.Blocks.Count == 0) return ParsedSource.Failed("no readable text in the page");

        return ParsedSource.FromBlocks(content.Blocks, new SourceFacts
        {
            Encoding = decoded.Encoding,
            BoilerplateRemoved = content.FurnitureRemoved,
            Title = content.Title,
            // The page title is damaged like the body (a site's pinyin annotations, mojibake).
            TitleNeedsRepair = true,
        });
    }
}
