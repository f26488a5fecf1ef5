namespace OpsKnowledge.Core.Pipeline;

/// <summary>Parses one file format: bytes to source blocks with the format's facts, or to decoded text for the pipeline to repair.</summary>
public interface IFormatParser
{
    /// <summary>Format name, e.g. "md".</summary>
    string Format { get; }

    /// <summary>File extensions (lower case, no dot) this parser takes.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Parses the file. Text formats decode with <paramref name="decoder"/>, the pipeline's decoding stage, since only the format
    /// knows the charset it declares. Never throws on bad input: returns <see cref="ParsedSource.Failed"/> with a reason.
    /// </summary>
    ParsedSource Parse(SourceFile file, ITextDecoder decoder, CancellationToken cancellationToken = default);
}
