using System.Text.Json;
using OpsKnowledge.Core.Serialization;

namespace OpsKnowledge.Benchmarks.RealExtraction;

/// <summary>One hand-written record of a real-dev gold file (format in the real-dev folder's README).</summary>
public sealed record RealGoldRecord
{
    public required string Kind { get; init; }

    public string Scope { get; init; } = "plan";

    public required string Name { get; init; }

    public string? Value { get; init; }

    public decimal? Number { get; init; }

    public decimal? NumberTo { get; init; }

    public string? Unit { get; init; }

    public string? Op { get; init; }

    public string? Period { get; init; }

    public string? Baseline { get; init; }

    public string? Evidence { get; init; }
}

/// <summary>The gold of one real document: whether every record is annotated (precision is judged only then) and the records.</summary>
public sealed record RealGoldFile(string Doc, bool Exhaustive, IReadOnlyList<RealGoldRecord> Records)
{
    public static RealGoldFile Load(string path) =>
        JsonSerializer.Deserialize<RealGoldFile>(File.ReadAllText(path), OpsJson.Options) ?? throw new InvalidDataException($"empty gold file {path}");
}
