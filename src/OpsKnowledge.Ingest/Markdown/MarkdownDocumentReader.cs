using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Text;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Markdown;

/// <summary>Reads Markdown plans with Markdig: decode, repair, parse headings, paragraphs, lists and pipe tables, then build the document.</summary>
public sealed class MarkdownDocumentReader(ITextRepairer repairer, DocumentBuilder builder, PlainTextStructurer? structurer = null) : IDocumentReader
{
    private readonly PlainTextStructurer _structurer = structurer ?? new PlainTextStructurer();

    public string Format => "md";

    public IReadOnlyList<string> Extensions { get; } = ["md", "markdown"];

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        var (header, text, failure) = TextSourceReading.Prepare(file, Format, repairer);
        if (header is null) return ReadResult.Failure(file.Path, failure!);
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = MarkdownBlockReader.Read(text, _structurer);
        if (blocks.Count == 0) return ReadResult.Failure(file.Path, "no text: the Markdown holds no content");
        return ReadResult.Success(builder.Build(header, blocks));
    }
}
