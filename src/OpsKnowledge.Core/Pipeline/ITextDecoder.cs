namespace OpsKnowledge.Core.Pipeline;

/// <summary>The decoding stage: bytes to text with the best-scoring encoding.</summary>
public interface ITextDecoder
{
    /// <summary>Decodes bytes with the best-scoring encoding (BOM, declared charset and detection are only candidates).</summary>
    DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null);
}
