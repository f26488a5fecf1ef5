using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Conversion;

/// <summary>
/// Reads old and Chinese office formats (.doc .wps .rtf .odt, .xls .et .ods, .ppt .dps .odp) by converting them into
/// .docx/.xlsx/.pptx with LibreOffice and handing the result to the OOXML reader; the document keeps its own file and format.
/// </summary>
public sealed class ConvertedDocumentReader(string format, IReadOnlyList<string> extensions, string targetExtension, IDocumentReader target, LibreOfficeConverter converter)
    : IDocumentReader
{
    /// <summary>Writer formats converted to .docx.</summary>
    public static readonly IReadOnlyList<string> WordExtensions = ["doc", "wps", "wpt", "rtf", "odt", "dot"];

    /// <summary>Spreadsheet formats converted to .xlsx.</summary>
    public static readonly IReadOnlyList<string> SheetExtensions = ["xls", "et", "ett", "ods"];

    /// <summary>Presentation formats converted to .pptx.</summary>
    public static readonly IReadOnlyList<string> SlideExtensions = ["ppt", "dps", "dpt", "odp"];

    public string Format => format;

    public IReadOnlyList<string> Extensions => extensions;

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var converted = converter.Convert(file, targetExtension, cancellationToken);
        if (converted.Bytes is null) return ReadResult.Failure(file.Path, converted.Failure ?? "conversion failed");
        var read = target.Read(new SourceFile(file.Path, converted.Bytes), cancellationToken);
        if (read.Document is not { } document) return ReadResult.Failure(file.Path, $"converted from .{file.Extension}: {read.Error}");
        // The index knows the file by its own bytes, so an unchanged .doc is skipped on re-ingest like any file.
        return ReadResult.Success(document with { Format = file.Extension, ContentHash = file.ContentHash });
    }
}
