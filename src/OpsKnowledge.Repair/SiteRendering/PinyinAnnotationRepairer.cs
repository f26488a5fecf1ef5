using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.SiteRendering;

/// <summary>Undoes a document site's rendering: drops a parenthesised pinyin annotation that reads the character before it, and converts site-converted traditional text back to simplified.</summary>
public sealed class PinyinAnnotationRepairer : IRepairer
{
    // Sites annotate every converted character, so a few agreeing annotations are enough to call the document site-rendered.
    private const int SiteRenderedAnnotations = 3;

    private readonly bool convertWholesale;

    /// <param name="convertWholesale">False for the pass before realignment: converting the whole text would scramble the bytes of misaligned runs.</param>
    public PinyinAnnotationRepairer(bool convertWholesale = true) => this.convertWholesale = convertWholesale;

    public string Kind => "site-rendering";

    public bool MightApply(string text, RepairState state)
    {
        if (convertWholesale && state.AnnotationsRemoved >= SiteRenderedAnnotations) return true;
        for (var i = text.IndexOf('('); i > 0 && i + 1 < text.Length; i = text.IndexOf('(', i + 1))
        {
            if (ChineseCharacters.IsHan(text[i - 1]) && (char.IsAsciiLetterLower(text[i + 1]) || text[i + 1] > 0xFF)) return true;
        }
        return false;
    }

    public void FindRepairs(RepairContext context)
    {
        var text = context.Text;
        var annotations = new List<(int Start, int End)>();
        for (var i = text.IndexOf('('); i > 0 && i + 1 < text.Length; i = text.IndexOf('(', i + 1))
        {
            if (!ChineseCharacters.IsHan(text[i - 1])) continue;
            var close = text.IndexOf(')', i + 1, Math.Min(8, text.Length - i - 1));
            if (close < 0) continue;
            var syllable = text.AsSpan(i + 1, close - i - 1);
            if (!PinyinReadings.LooksLikeSyllable(syllable) || !PinyinReadings.IsReadingOf(text[i - 1], syllable)) continue;
            annotations.Add((i - 1, close + 1));
        }
        context.State.AnnotationsRemoved += annotations.Count;
        var wholesale = convertWholesale && context.Options.ConvertSiteRenderedToSimplified && context.State.AnnotationsRemoved >= SiteRenderedAnnotations;
        if (annotations.Count == 0 && !wholesale) return;
        var position = 0;
        foreach (var (start, end) in annotations)
        {
            if (wholesale) ConvertBetween(context, position, start);
            var simplified = ScriptFolding.Standard.ToSimplified(text[start]).ToString();
            var tonesAgree = PinyinReadings.HasToneMark(text.AsSpan(start + 2, end - start - 3));
            context.Repairs.Add(new SpanRepair(start, end, simplified, tonesAgree ? 0.97 : 0.85));
            position = end;
        }
        if (wholesale) ConvertBetween(context, position, text.Length);
    }

    private static void ConvertBetween(RepairContext context, int start, int end)
    {
        var text = context.Text;
        var i = start;
        while (i < end)
        {
            if (!ScriptFolding.Standard.IsTraditional(text[i]))
            {
                i++;
                continue;
            }
            var runEnd = i;
            while (runEnd < end && ScriptFolding.Standard.IsTraditional(text[runEnd])) runEnd++;
            context.Repairs.Add(new SpanRepair(i, runEnd, ScriptFolding.Standard.ToSimplified(text[i..runEnd]), 0.9));
            i = runEnd;
        }
    }
}
