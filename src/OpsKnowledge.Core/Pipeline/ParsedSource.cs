namespace OpsKnowledge.Core.Pipeline;

/// <summary>
/// A parser's answer: decoded text (repaired whole, then split by the format), source blocks (repaired one by one) with the
/// format's facts, or the reason the file could not be read. Bad input is data, not an exception.
/// </summary>
public sealed record ParsedSource
{
    /// <summary>Set for text formats: the decoded text, not yet repaired.</summary>
    public DecodedText? Text { get; private init; }

    /// <summary>Set for formats with their own markup: blocks in reading order, text not yet repaired.</summary>
    public IReadOnlyList<SourceBlock>? Blocks { get; private init; }

    public string? Failure { get; private init; }

    /// <summary>What the format tells beside its content: title, pages, encoding, furniture dropped.</summary>
    public SourceFacts Facts { get; init; } = SourceFacts.None;

    public bool Succeeded => Failure is null;

    public static ParsedSource FromText(DecodedText text) => new() { Text = text };

    public static ParsedSource FromBlocks(IReadOnlyList<SourceBlock> blocks, SourceFacts? facts = null) =>
        new() { Blocks = blocks, Facts = facts ?? SourceFacts.None };

    public static ParsedSource Failed(string reason) => new() { Failure = reason };
}
