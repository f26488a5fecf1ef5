using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Text;

/// <summary>Parses plain-text plans: decoded text, repaired whole by the pipeline, then handed to the structure stage as plain lines.</summary>
public sealed class TextParser : ITextFormatParser
{
    public string Format => "txt";

    public IReadOnlyList<string> Extensions { get; } = ["txt", "text"];

    public string NoContentReason => "no text: nothing left after repair";

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        return TextSourceDecoding.Decode(file, decoder);
    }

    public IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default) => [new SourcePlainText(text)];
}
