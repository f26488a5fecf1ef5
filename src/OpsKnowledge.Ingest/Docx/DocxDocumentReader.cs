using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Blocks;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Reads Word (.docx) files; files that are not Office Open XML packages come back as one-line failures.</summary>
public sealed class DocxDocumentReader(ITextRepairer repairer, DocumentBuilder? builder = null) : IDocumentReader
{
    private readonly DocxBlockExtractor _extractor = new();
    private readonly BlockTextRepair _repair = new(repairer);
    private readonly DocumentBuilder _builder = builder ?? new DocumentBuilder();

    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = ["docx"];

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var content = DocxContentReader.Read(_extractor, file.Bytes, out var failure, cancellationToken);
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
        };
        return ReadResult.Success(_builder.Build(header, repaired.Blocks));
    }
}
