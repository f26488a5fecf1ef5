using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OpsKnowledge.Ingest.Ooxml;

/// <summary>Opens DOCX, XLSX and PPTX bytes the same way: OLE and zip sniffing, the package check, OpenXML, one failure reason for every way a file can be unreadable.</summary>
public static class OoxmlPackageReader
{
    /// <summary>The extracted content, or null with <paramref name="failure"/> saying why.</summary>
    /// <param name="open">Opens the package read-only (<c>WordprocessingDocument.Open(stream, false)</c>).</param>
    /// <param name="extract">Extracts the content, or gives the reason the package holds none.</param>
    public static TContent? Read<TPackage, TContent>(
        byte[] bytes,
        OoxmlFormat format,
        Func<Stream, TPackage> open,
        Func<TPackage, (TContent? Content, string? Failure)> extract,
        out string? failure,
        CancellationToken cancellationToken = default)
        where TPackage : IDisposable
        where TContent : class
    {
        failure = null;
        // Encrypted Office files and the old binary formats are OLE compound files, not zip packages.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            failure = $"encrypted {format.Name} or legacy {format.LegacyExtension} file (OLE container), not a {format.Name} package";
            return null;
        }
        if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            failure = format.NotAZip;
            return null;
        }
        if (OoxmlPackageCheck.Check(bytes, format, cancellationToken) is { } refused)
        {
            failure = refused;
            return null;
        }
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var package = open(stream);
            var (content, empty) = extract(package);
            failure = content is null ? empty ?? $"no text in the {format.Name}" : null;
            return content;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException)
        {
            // The library's own words: "not a zip" only when the zip itself is what failed.
            failure = e is XmlException xml ? $"malformed XML in the {format.Name}: {OneLine(xml.Message)}" : $"{format.NotAZip} ({e.GetType().Name}: {OneLine(e.Message)})";
            return null;
        }
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
