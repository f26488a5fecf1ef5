namespace OpsKnowledge.Core.Pipeline;

/// <summary>A format whose structure is read from repaired text (plain text, Markdown): the pipeline repairs the whole decoded text, then this splits it.</summary>
public interface ITextFormatParser : IFormatParser
{
    /// <summary>The failure reason when the repaired text yields no block.</summary>
    string NoContentReason { get; }

    /// <summary>Splits repaired text into source blocks; plain runs of lines come as <see cref="SourcePlainText"/> for the structure stage.</summary>
    IReadOnlyList<SourceBlock> ParseRepairedText(string text, CancellationToken cancellationToken = default);
}
