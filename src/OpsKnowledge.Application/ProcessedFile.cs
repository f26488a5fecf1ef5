using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Application;

/// <summary>One file after the pipeline: a document with its records, or the reason it failed.</summary>
public sealed record ProcessedFile
{
    public required string Path { get; init; }

    public Document? Document { get; init; }

    public IReadOnlyList<Record> Records { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>A problem that did not stop the document from being read, such as a failed record extraction.</summary>
    public string? Warning { get; init; }

    public static ProcessedFile Succeeded(Document document, IReadOnlyList<Record> records) =>
        new() { Path = document.SourcePath, Document = document, Records = records };

    public static ProcessedFile Failed(string path, string reason) => new() { Path = path, Error = reason };
}
