using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Core.Pipeline;

/// <summary>The repair stage as the pipeline runs it: bytes to text, and damaged text to clean text with a report.</summary>
public interface ITextRepairer : ITextDecoder
{
    /// <summary>Repairs text; offsets in the report are into <paramref name="text"/>.</summary>
    RepairedText Repair(string text);
}

/// <summary>Decoded text plus the encoding chosen and the byte ranges that did not decode.</summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<UnrecoveredSpan> BadSpans);

/// <summary>Repaired text and what was done to it.</summary>
public sealed record RepairedText(string Text, RepairReport Report);
