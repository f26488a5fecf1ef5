using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Text;

/// <summary>What plain-text formats share before repair: reject empty or binary bytes, decode, reject text that is only whitespace.</summary>
internal static class TextSourceDecoding
{
    public static ParsedSource Decode(SourceFile file, ITextDecoder decoder)
    {
        if (file.Bytes.Length == 0) return ParsedSource.Failed("no text: file is empty");
        if (BinaryContentSniffer.LooksBinary(file.Bytes)) return ParsedSource.Failed("binary content, not text");
        var decoded = decoder.Decode(file.Bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text)) return ParsedSource.Failed("no text: file holds only whitespace");
        return ParsedSource.FromText(decoded);
    }
}
