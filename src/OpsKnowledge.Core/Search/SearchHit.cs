using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Core.Search;

/// <summary>One matching section or record, with a highlighted snippet and its place in the document.</summary>
public sealed record SearchHit
{
    public required string Doc { get; init; }

    /// <summary>The plan's title, when the document has one.</summary>
    public string? Title { get; init; }

    /// <summary>The heading path of the section ("9 运营监控与改进 > 9.1 关键运营指标"); empty for text before the first heading.</summary>
    public required string Section { get; init; }

    /// <summary>section, kpi, target, risk or milestone.</summary>
    public required string Kind { get; init; }

    public required float Score { get; init; }

    public required string Snippet { get; init; }

    /// <summary>Matched terms, as offsets within <see cref="Snippet"/>.</summary>
    public required IReadOnlyList<TextSpan> Highlights { get; init; }

    public string? RecordId { get; init; }

    public Record? Record { get; init; }

    /// <summary>When one table row or sentence states several matching records: all of them, best first (<see cref="Record"/> is the first).</summary>
    public IReadOnlyList<Record>? Records { get; init; }

    public int? Page { get; init; }

    /// <summary>Start of the entry (section or record evidence) in <see cref="Document.Text"/>.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) of the entry in <see cref="Document.Text"/>.</summary>
    public required int End { get; init; }
}
