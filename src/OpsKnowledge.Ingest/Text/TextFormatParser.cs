using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Text;

/// <summary>A format that is text underneath (plain text, Markdown): decoded here, repaired whole by the pipeline, then parsed by the format.</summary>
public abstract class TextFormatParser : ITextFormatParser
{
    public abstract string Format { get; }

    public abstract IReadOnlyList<string> Extensions { get; }

    public abstract string NoContentReason { get; }

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        return TextSourceDecoding.Decode(file, decoder);
    }

    public abstract IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default);
}
