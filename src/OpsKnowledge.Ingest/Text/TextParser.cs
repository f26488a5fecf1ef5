using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Text;

/// <summary>Parses plain-text plans: decoded text, repaired whole by the pipeline, then handed to the structure stage as plain lines.</summary>
public sealed class TextParser : TextFormatParser
{
    public override string Format => "txt";

    public override IReadOnlyList<string> Extensions { get; } = ["txt", "text"];

    public override string NoContentReason => "no text: nothing left after repair";

    public override IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default) => [new SourcePlainText(text)];
}
