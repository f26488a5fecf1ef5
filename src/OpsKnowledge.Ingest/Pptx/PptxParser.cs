using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>Parses PowerPoint decks (.pptx), a slide a page; files that are not Office Open XML packages come back as one-line failures.</summary>
public sealed class PptxParser : IFormatParser
{
    private readonly PptxBlockExtractor _extractor = new();

    public string Format => "pptx";

    public IReadOnlyList<string> Extensions { get; } = ["pptx"];

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        var content = PptxContentReader.Read(_extractor, file.Bytes, out var failure, cancellationToken);
        return content is null
            ? ParsedSource.Failed(failure!)
            : ParsedSource.FromBlocks(content.Blocks, new SourceFacts { Title = content.Title, PageCount = content.SlideCount });
    }
}
