namespace OpsKnowledge.Benchmarks.Repair;

/// <summary>One document damaged by one process of the repair matrix, as damage_matrix.py wrote it.</summary>
public sealed record MatrixCase
{
    public required string Cell { get; init; }

    /// <summary>clean, decoding (a whole file read wrongly), bytes (single lines lost or gained a byte), site, mixed.</summary>
    public required string Kind { get; init; }

    public required string Doc { get; init; }

    /// <summary>True when the process destroys information (whole characters dropped without a trace).</summary>
    public required bool Destroyed { get; init; }

    public required string Clean { get; init; }

    public required string Damaged { get; init; }
}
