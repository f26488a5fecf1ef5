using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Text;

/// <summary>Reads plain-text plans: decode, repair, split into lines, tables and run-in headings, then build the document.</summary>
public sealed class TextDocumentReader(ITextRepairer repairer, DocumentBuilder builder, PlainTextStructurer? structurer = null) : IDocumentReader
{
    private readonly PlainTextStructurer _structurer = structurer ?? new PlainTextStructurer();

    public string Format => "txt";

    public IReadOnlyList<string> Extensions { get; } = ["txt", "text"];

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        var (header, text, failure) = TextSourceReading.Prepare(file, Format, repairer);
        if (header is null) return ReadResult.Failure(file.Path, failure!);
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = _structurer.Split(text);
        if (blocks.Count == 0) return ReadResult.Failure(file.Path, "no text: nothing left after repair");
        return ReadResult.Success(builder.Build(header, blocks));
    }
}
