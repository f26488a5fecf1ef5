using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Structure;

/// <summary>Everything a reader knows about a document except its content, handed to <see cref="DocumentBuilder"/>.</summary>
public sealed record DocumentHeader
{
    /// <summary>The file name.</summary>
    public required string Id { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>txt, md, html, pdf, docx.</summary>
    public required string Format { get; init; }

    public string? Encoding { get; init; }

    public required string OriginalText { get; init; }

    public RepairReport Repair { get; init; } = RepairReport.None;

    public string ContentHash { get; init; } = "";

    public int? PageCount { get; init; }

    public string? Title { get; init; }
}
