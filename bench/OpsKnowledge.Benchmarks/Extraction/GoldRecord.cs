using System.Text.Json;
using OpsKnowledge.Core.Serialization;

namespace OpsKnowledge.Benchmarks.Extraction;

/// <summary>One hand-annotated record of tests/gold/records/*.json (format in tests/gold/README.md).</summary>
public sealed record GoldRecord
{
    public required string Kind { get; init; }

    /// <summary>"table" or "prose".</summary>
    public required string Source { get; init; }

    public required string Name { get; init; }

    public string? Value { get; init; }

    public decimal? Number { get; init; }

    public string? Unit { get; init; }

    public string? Period { get; init; }

    public string? Date { get; init; }

    public string Scope { get; init; } = "plan";

    public string? Evidence { get; init; }
}

/// <summary>The gold records of one corpus document.</summary>
public sealed record GoldFile(string Doc, IReadOnlyList<GoldRecord> Records)
{
    public static GoldFile Load(string path) =>
        JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), OpsJson.Options) ?? throw new InvalidDataException($"empty gold file {path}");
}
