using OpsKnowledge.Repair.Realignment;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Repair.Symbols;

/// <summary>In a site-rendered document, turns ASCII , ; : ! between Chinese characters back into full-width marks; numbers and English keep ASCII.</summary>
public sealed class FullWidthPunctuationRepairer : IRepairer
{
    public string Kind => "punctuation";

    public bool MightApply(string text, RepairState state) => state.SiteRendered;

    public void FindRepairs(RepairContext context)
    {
        if (!context.Options.RestoreFullWidthPunctuation) return;
        var text = context.Text;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c is not (',' or ';' or ':' or '!')) continue;
            if (!IsChineseSide(text[i - 1]) || !IsChineseSide(text[i + 1])) continue;
            context.Repairs.Add(new SpanRepair(i, i + 1, FullWidthPunctuation.ToFullWidth(c).ToString(), 0.75));
        }
    }

    private static bool IsChineseSide(char c) => ChineseCharacters.IsHan(c) || c is '“' or '”' or '）' or '（' or '》' or '《' or '%' || (c is ')' or '(');
}
