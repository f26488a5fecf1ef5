using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Tests.Text;

/// <summary>A repairer that decodes UTF-8 and repairs nothing, so reader tests see only the reader's work.</summary>
public sealed class PassThroughTextRepairer : ITextRepairer
{
    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var text = new UTF8Encoding(false).GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return new DecodedText(text, "utf-8", []);
    }

    public RepairedText Repair(string text) => new(text, new RepairReport { BoilerplateRemoved = 0 });
}
