using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Application;

/// <summary>A span of a document's text that rests on a guessed repair or on bytes the repair stage could not recover.</summary>
/// <param name="Span">Where it stands in <see cref="Document.Text"/>.</param>
/// <param name="Reason">What a reader is told ("repair guessed '≥' (alternatives: ≤)", "unrecovered bytes in the evidence").</param>
/// <param name="Repair">The guessed repair, when it is one.</param>
/// <param name="Unrecovered">The unrecovered span, when it is one.</param>
public sealed record DoubtfulSpan(TextSpan Span, string Reason, TextRepair? Repair = null, UnrecoveredSpan? Unrecovered = null);
