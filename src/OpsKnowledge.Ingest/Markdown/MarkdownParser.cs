using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Text;

namespace OpsKnowledge.Ingest.Markdown;

/// <summary>Parses Markdown plans with Markdig once the pipeline has repaired the decoded text: headings, paragraphs, lists and pipe tables.</summary>
public sealed class MarkdownParser : ITextFormatParser
{
    public string Format => "md";

    public IReadOnlyList<string> Extensions { get; } = ["md", "markdown"];

    public string NoContentReason => "no text: the Markdown holds no content";

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        return TextSourceDecoding.Decode(file, decoder);
    }

    public IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return MarkdownBlockReader.Read(text);
    }
}
