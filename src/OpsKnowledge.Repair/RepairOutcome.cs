using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Repair;

/// <summary>The result of repairing a file, shaped for <c>opsk repair --json</c> (serialize with OpsJson).</summary>
public sealed record RepairOutcome
{
    public required string Text { get; init; }

    public required string Encoding { get; init; }

    public required IReadOnlyList<TextRepair> Repairs { get; init; }

    public required IReadOnlyList<UnrecoveredSpan> Unrecovered { get; init; }

    public int BoilerplateRemoved { get; init; }

    public bool Partial { get; init; }

    public int? PagesShown { get; init; }

    public int? PagesTotal { get; init; }
}
