using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Ingest.Text;

/// <summary>The steps every text-based reader shares: reject empty or binary bytes, decode, repair, and describe the document.</summary>
internal static class TextSourceReading
{
    /// <summary>Decodes and repairs the file; on bad input returns the failure reason instead.</summary>
    public static (DocumentHeader? Header, string Text, string? Failure) Prepare(SourceFile file, string format, ITextRepairer repairer)
    {
        if (file.Bytes.Length == 0) return (null, "", "no text: file is empty");
        if (BinaryContentSniffer.LooksBinary(file.Bytes)) return (null, "", "binary content, not text");
        var decoded = repairer.Decode(file.Bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text)) return (null, "", "no text: file holds only whitespace");
        var repaired = repairer.Repair(decoded.Text);
        var header = new DocumentHeader
        {
            Id = file.Name,
            SourcePath = file.Path,
            Format = format,
            Encoding = decoded.Encoding,
            OriginalText = decoded.Text,
            Repair = repaired.Report with { Encoding = decoded.Encoding },
            ContentHash = file.ContentHash,
        };
        return (header, repaired.Text, null);
    }
}
