namespace OpsKnowledge.Core.Pipeline;

/// <summary>Reads one file format into a <see cref="Model.Document"/>.</summary>
public interface IDocumentReader
{
    /// <summary>Format name, e.g. "md".</summary>
    string Format { get; }

    /// <summary>File extensions (lower case, no dot) this reader takes.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file. Never throws on bad input: returns <see cref="ReadResult.Failure"/> with a reason.</summary>
    ReadResult Read(SourceFile file, CancellationToken cancellationToken = default);
}
