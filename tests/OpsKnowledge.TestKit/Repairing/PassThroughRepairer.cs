using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.TestKit.Repairing;

/// <summary>A repair stage that decodes and repairs nothing, so a reader's or structurer's test sees only that stage's work.</summary>
public sealed class PassThroughRepairer : ITextRepairer
{
    // GB18030 lives in the code-pages provider, which .NET does not register by default.
    static PassThroughRepairer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The charset each Decode call was given, in order, so a test can check what a reader declared.</summary>
    public List<string?> DeclaredCharsets { get; } = [];

    /// <summary>Strict UTF-8 (byte-order mark dropped) when the bytes are valid UTF-8, else GB18030; never a repair.</summary>
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
