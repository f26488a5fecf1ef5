using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Blocks;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Pptx;

/// <summary>Reads PowerPoint decks (.pptx); files that are not Office Open XML packages come back as one-line failures.</summary>
public sealed class PptxDocumentReader(ITextRepairer repairer, DocumentBuilder? builder = null) : IDocumentReader
{
    private readonly PptxBlockExtractor _extractor = new();
    private readonly BlockTextRepair _repair = new(repairer);
    private readonly DocumentBuilder _builder = builder ?? new DocumentBuilder();

    public string Format => "pptx";

    public IReadOnlyList<string> Extensions { get; } = ["pptx"];

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var content = PptxContentReader.Read(_extractor, file.Bytes, out var failure, cancellationToken);
        if (content is null) return ReadResult.Failure(file.Path, failure!);

        var repaired = _repair.Repair(content.Blocks);
        var header = new DocumentHeader
        {
            Id = file.Name,
            SourcePath = file.Path,
            Format = Format,
            OriginalText = repaired.OriginalText,
            Repair = repaired.Report,
            ContentHash = file.ContentHash,
            Title = content.Title,
            PageCount = content.SlideCount,
        };
        return ReadResult.Success(_builder.Build(header, repaired.Blocks));
    }
}
