using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Text;

namespace OpsKnowledge.Ingest.Markdown;

/// <summary>Parses Markdown plans with Markdig once the pipeline has repaired the decoded text: headings, paragraphs, lists and pipe tables.</summary>
public sealed class MarkdownParser : TextFormatParser
{
    public override string Format => "md";

    public override IReadOnlyList<string> Extensions { get; } = ["md", "markdown"];

    public override string NoContentReason => "no text: the Markdown holds no content";

    public override IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return MarkdownBlockReader.Read(text);
    }
}
