using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Core.Pipeline;

/// <summary>A reader's answer: a document, or the reason the file could not be read. Bad input is data, not an exception.</summary>
public sealed record ReadResult
{
    public Document? Document { get; private init; }

    public string? Error { get; private init; }

    public string Path { get; private init; } = "";

    public bool Succeeded => Document is not null;

    public static ReadResult Success(Document document) => new() { Document = document, Path = document.SourcePath };

    public static ReadResult Failure(string path, string reason) => new() { Error = reason, Path = path };
}
