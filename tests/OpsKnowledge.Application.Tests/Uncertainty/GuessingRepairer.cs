using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Application.Tests.Uncertainty;

/// <summary>
/// A repair stage with known output, to test where its report lands: it deletes every "【删】" (a confident repair that
/// shifts later offsets) and fills every U+FFFD with "≥", reported as a guess whose alternative is "≤".
/// </summary>
internal sealed class GuessingRepairer : ITextRepairer
{
    public const string Deleted = "【删】";

    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null) => TextRepairer.Default.Decode(bytes, declaredCharset);

    public RepairedText Repair(string text)
    {
        var repairs = new List<TextRepair>();
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (string.CompareOrdinal(text, i, Deleted, 0, Deleted.Length) == 0)
            {
                repairs.Add(new TextRepair("furniture", i, i + Deleted.Length, Deleted, "", 0.95));
                i += Deleted.Length;
            }
            else if (text[i] == '\uFFFD')
            {
                repairs.Add(new TextRepair("lost-byte", i, i + 1, "\uFFFD", "≥", 0.45) { Alternatives = ["≤"] });
                output.Append('≥');
                i++;
            }
            else
            {
                output.Append(text[i++]);
            }
        }
        return new RepairedText(output.ToString(), repairs.Count == 0 ? RepairReport.None : new RepairReport { Repairs = repairs });
    }
}
