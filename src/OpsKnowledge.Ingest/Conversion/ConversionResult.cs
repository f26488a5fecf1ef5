namespace OpsKnowledge.Ingest.Conversion;

/// <summary>A converted file's bytes, or the one-line reason it could not be converted; whether it came from the cache.</summary>
public sealed record ConversionResult(byte[]? Bytes, string? Failure, bool FromCache = false)
{
    public static ConversionResult Failed(string reason) => new(null, reason);
}
