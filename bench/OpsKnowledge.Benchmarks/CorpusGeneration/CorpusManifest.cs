namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>What a generated corpus holds, written beside it as corpus.json.</summary>
public sealed record CorpusManifest
{
    public required int Documents { get; init; }

    public required int Seed { get; init; }

    /// <summary><see cref="CorpusGenerator.GeneratorVersion"/> of the generator that wrote the corpus (0 for corpora written before it existed).</summary>
    public int GeneratorVersion { get; init; }

    public required long Bytes { get; init; }

    public required Dictionary<string, int> ByFormat { get; init; }

    public required Dictionary<string, long> BytesByFormat { get; init; }

    public required Dictionary<string, int> ByDamage { get; init; }

    public required int PdfPages { get; init; }

    public required double GenerationSeconds { get; init; }
}
