using System.IO.Compression;
using System.Xml;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Streams every XML part of a DOCX once and refuses one nested deeper than a document ever is, before OpenXML loads it.</summary>
/// <remarks>OpenXML builds its element tree recursively: 10,000 nested tables or 12,000 nested content controls in a 2.4 KB file
/// overflow the stack, and a stack overflow kills the process with the whole batch. XmlReader reads iteratively, so counting depth
/// with it costs one pass and no recursion.</remarks>
public static class DocxNestingCheck
{
    /// <summary>Deeper than any real document: a table in a table in a table is a few dozen levels.</summary>
    public const int MaxDepth = 1_000;

    // Parts larger than this are left to the package's own size checks; the scan is for small files that nest absurdly.
    private const long MaxScannedPartBytes = 64L * 1024 * 1024;

    /// <summary>Null when every part is within <see cref="MaxDepth"/>; otherwise the reason to fail the file with.</summary>
    public static string? Check(byte[] bytes, CancellationToken cancellationToken = default)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
                if (entry.Length > MaxScannedPartBytes) continue;
                cancellationToken.ThrowIfCancellationRequested();
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
                        while (reader.Read()) if (reader.Depth > deepest) deepest = reader.Depth;
                        return $"the DOCX nests elements {deepest:N0} deep in {entry.FullName} (at most {MaxDepth:N0}), refused before loading";
                    }
                }
            }
            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return "the DOCX holds a DTD (document type declaration), which Word never writes: refused";
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            // Broken XML or zip data: the OpenXML reader says what it makes of it.
            return null;
        }
    }
}
