using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Parses Word (.docx) files; files that are not Office Open XML packages come back as one-line failures.</summary>
public sealed class DocxParser : IFormatParser
{
    private readonly DocxBlockExtractor _extractor = new();

    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = ["docx"];

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        var content = DocxContentReader.Read(_extractor, file.Bytes, out var failure, cancellationToken);
        return content is null
            ? ParsedSource.Failed(failure!)
            : ParsedSource.FromBlocks(content.Blocks, new SourceFacts { Title = content.Title });
    }
}
