using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Blocks;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Reads PDFs with a text layer; scans, encrypted, corrupt and garbage-text files come back as one-line failures.</summary>
public sealed class PdfDocumentReader(ITextRepairer repairer, DocumentBuilder? builder = null) : IDocumentReader
{
    private readonly PdfBlockExtractor _extractor = new();
    private readonly BlockTextRepair _repair = new(repairer);
    private readonly DocumentBuilder _builder = builder ?? new DocumentBuilder();

    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = ["pdf"];

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var content = PdfContentReader.Read(_extractor, file.Bytes, cancellationToken);
        if (content.Failure is { } failure) return ReadResult.Failure(file.Path, failure);

        var repaired = _repair.Repair(content.Blocks);
        var header = new DocumentHeader
        {
            Id = file.Name,
            SourcePath = file.Path,
            Format = Format,
            OriginalText = repaired.OriginalText,
            Repair = repaired.Report with { BoilerplateRemoved = repaired.Report.BoilerplateRemoved + content.RunningLinesRemoved },
            ContentHash = file.ContentHash,
            PageCount = content.PageCount,
            Title = content.Title,
        };
        return ReadResult.Success(_builder.Build(header, repaired.Blocks));
    }
}
