using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Ooxml;

/// <summary>Parses one Office Open XML format: the package checked and opened by <see cref="OoxmlPackageReader"/>, blocks by the format's extractor;
/// files that are not packages of the format come back as one-line failures.</summary>
public class OoxmlParser<TPackage, TContent> : IFormatParser
    where TPackage : IDisposable
    where TContent : class, IOoxmlContent
{
    private readonly IOoxmlBlockExtractor<TPackage, TContent> _extractor;

    public OoxmlParser(string format, IReadOnlyList<string> extensions, IOoxmlBlockExtractor<TPackage, TContent> extractor)
    {
        Format = format;
        Extensions = extensions;
        _extractor = extractor;
    }

    public string Format { get; }

    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The reason given for bytes that are not a zip package.</summary>
    public string NotAZip => _extractor.Format.NotAZip;

    /// <summary>The format's content, or null with <paramref name="failure"/> saying why.</summary>
    public TContent? ReadContent(byte[] bytes, out string? failure, CancellationToken cancellationToken = default) =>
        OoxmlPackageReader.Read<TPackage, TContent>(bytes, _extractor.Format, _extractor.Open, package =>
        {
            var content = _extractor.Extract(package, cancellationToken);
            return content.Blocks.Count > 0 ? (content, null) : (null, _extractor.WhyEmpty(package));
        }, out failure, cancellationToken);

    public ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default)
    {
        var content = ReadContent(file.Bytes, out var failure, cancellationToken);
        return content is null
            ? ParsedSource.Failed(failure!)
            : ParsedSource.FromBlocks(content.Blocks, new SourceFacts { Title = content.Title, PageCount = content.PageCount });
    }
}
