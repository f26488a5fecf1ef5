using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Conversion;

/// <summary>
/// Parses old and Chinese office formats (.doc .wps .rtf .odt, .xls .et .ods, .ppt .dps .odp) by converting them into
/// .docx/.xlsx/.pptx with LibreOffice and handing the result to the OOXML parser; the document keeps its own file and format.
/// </summary>
public sealed class ConvertedFormatParser(string format, IReadOnlyList<string> extensions, string targetExtension, IFormatParser target, LibreOfficeConverter converter)
    : IFormatParser
{
    /// <summary>Writer formats converted to .docx.</summary>
    public static readonly IReadOnlyList<string> WordExtensions = ["doc", "wps", "wpt", "rtf", "odt", "dot"];

    /// <summary>Spreadsheet formats converted to .xlsx.</summary>
    public static readonly IReadOnlyList<string> SheetExtensions = ["xls", "et", "ett", "ods"];

    /// <summary>Presentation formats converted to .pptx.</summary>
    public static readonly IReadOnlyList<string> SlideExtensions = ["ppt", "dps", "dpt", "odp"];

    public string Format => format;

    public IReadOnlyList<string> Extensions => extensions;

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        var converted = converter.Convert(file, targetExtension, cancellationToken);
        if (converted.Bytes is null) return ParsedSource.Failed(converted.Failure ?? "conversion failed");
        var parsed = target.Parse(new SourceFile(file.Path, converted.Bytes), decoder, cancellationToken);
        if (parsed.Failure is { } failure) return ParsedSource.Failed($"converted from .{file.Extension}: {failure}");
        // The pipeline describes the document by the file given (its bytes' hash, so an unchanged .doc is skipped on re-ingest).
        return parsed with { Facts = parsed.Facts with { Format = file.Extension } };
    }
}
