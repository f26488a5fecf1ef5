using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Tests.Html;

/// <summary>Test double for the repair stage: strict UTF-8 when the bytes are valid UTF-8, else GB18030; repair changes nothing.</summary>
public sealed class PassThroughRepairer : ITextRepairer
{
    static PassThroughRepairer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public List<string?> DeclaredCharsets { get; } = [];

    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        DeclaredCharsets.Add(declaredCharset);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return new DecodedText(text.TrimStart('\uFEFF'), "utf-8", []);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(Encoding.GetEncoding("GB18030").GetString(bytes), "gb18030", []);
        }
    }

    public RepairedText Repair(string text) => new(text, RepairReport.None);
}
