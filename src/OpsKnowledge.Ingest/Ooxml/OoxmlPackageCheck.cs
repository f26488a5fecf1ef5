using System.IO.Compression;
using System.Xml;

namespace OpsKnowledge.Ingest.Ooxml;

/// <summary>Checks an Office Open XML package before OpenXML loads it: declared part sizes (zip bombs) and XML nesting depth (stack overflows).</summary>
/// <remarks>OpenXML builds its element tree recursively: 10,000 nested tables or 12,000 nested content controls in a 2.4 KB file
/// overflow the stack, and a stack overflow kills the process with the whole batch. XmlReader reads iteratively, so counting depth
/// with it costs one pass and no recursion. .NET's zip reader never inflates an entry past its declared length, so checking the
/// declared lengths bounds what any later reader can inflate.</remarks>
public static class OoxmlPackageCheck
{
    /// <summary>Deeper than any real document: a table in a table in a table is a few dozen levels.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Largest inflated part: a 100,000-row worksheet is about 60 MB of XML; OpenXML's tree of a part takes several times its size.</summary>
    public const long MaxPartBytes = 128L * 1024 * 1024;

    /// <summary>Largest inflated package, all parts together.</summary>
    public const long MaxPackageBytes = 512L * 1024 * 1024;

    /// <summary>Null when the package may be loaded; otherwise the reason to fail the file with.</summary>
    public static string? Check(byte[] bytes, OoxmlFormat format, CancellationToken cancellationToken = default)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A broken zip: the OpenXML reader says what it makes of it.
            return null;
        }
        using (zip)
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes)
                    return $"the {format.Name} part {entry.FullName} inflates to {Megabytes(entry.Length)} (at most {Megabytes(MaxPartBytes)} a part), refused before inflating";
                total += entry.Length;
                if (total > MaxPackageBytes)
                    return $"the {format.Name} inflates past {Megabytes(MaxPackageBytes)} (its parts together), refused before inflating";
            }
            // Every entry is scanned, whatever its name: OpenXML finds parts by content type, so a part need not end in .xml.
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ScanPart(entry, format) is { } reason) return reason;
            }
            return null;
        }
    }

    private static string? ScanPart(ZipArchiveEntry entry, OoxmlFormat format)
    {
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            var deepest = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth > deepest) deepest = reader.Depth;
                if (deepest > MaxDepth)
                {
                    // Read on to say how deep it goes; XmlReader keeps only the open element names.
                    while (reader.Read()) if (reader.NodeType == XmlNodeType.Element && reader.Depth > deepest) deepest = reader.Depth;
                    return $"the {format.Name} nests elements {deepest:N0} deep in {entry.FullName} (at most {MaxDepth:N0}), refused before loading";
                }
            }
            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return $"the {format.Name} holds a DTD (document type declaration) in {entry.FullName}, which {format.Writer} never writes: refused";
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            // Not XML (an image) or broken data: the next part is checked all the same; OpenXML judges what it loads.
            return null;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}
