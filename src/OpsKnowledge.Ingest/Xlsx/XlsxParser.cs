using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Xlsx;

/// <summary>Parses Excel workbooks (.xlsx, .xlsm); files that are not Office Open XML packages come back as one-line failures.</summary>
public sealed class XlsxParser : IFormatParser
{
    private readonly XlsxBlockExtractor _extractor = new();

    public string Format => "xlsx";

    public IReadOnlyList<string> Extensions { get; } = ["xlsx", "xlsm"];

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        var content = XlsxContentReader.Read(_extractor, file.Bytes, out var failure, cancellationToken);
        return content is null
            ? ParsedSource.Failed(failure!)
            : ParsedSource.FromBlocks(content.Blocks, new SourceFacts { Title = content.Title });
    }
}
