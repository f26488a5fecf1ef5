using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>X达到B(以上), X提升至B, X不低于B, X不超过B, X控制在B以内, 实现X B: a target or KPI without baseline.</summary>
public sealed partial class ReachValuePattern : IProsePattern
{
    private const string Verbs = "达到|提升至|提升到|提升为|提高至|提高到|增长至|增长到|增加至|增加到|增至|上升至|上升到|升至|扩大至|扩大到|降低至|降低到|降低为|降至|下降至|下降到|减少至|减少到|减至|缩短至|缩短到|缩短为|压缩至|压缩到|控制在|保持在|维持在|稳定在|不低于|不少于|不超过|不高于|超过|突破|高于|低于|约为|约占|占|调整为|保持|达|≥|≤|＞|＜";

    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{1,30}}?)(?<verb>{Verbs})(?<val>{QuantityParser.Pattern})", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    // 实现营业收入5000万元, 完成销售额800万: the verb comes first.
    [GeneratedRegex(
        $@"实现(?<name>[^，,。；;：:！？!?、\s\d]{{2,12}}?)(?<val>(?:约|近|超过)?\d+(?:\.\d+)?\s*(?:万|亿)?(?:{UnitCatalog.Pattern})?(?:以上)?)(?=$|[，,。；;])", RegexOptions.CultureInvariant)]
    private static partial Regex VerbFirst { get; }

    private static readonly SearchValues<string> VerbWords = SentenceClues.Words(Verbs);

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        var verbAt = text.AsSpan().IndexOfAny(VerbWords);
        if (verbAt >= 0 && SentenceClues.HasNumber(text))
        {
            // The name runs from a clause start to the verb, so no match starts before the clause of the first verb.
            for (var match = Grammar.Match(text, SentenceClues.ClauseStartBefore(text, verbAt)); match.Success; match = match.NextMatch())
            {
                var found = QuantifiedClause.Build(match, sentence, context, priority: 40);
                if (found is not null) yield return found;
            }
        }
        if (!text.Contains("实现", StringComparison.Ordinal) || !SentenceClues.HasDigit(text)) yield break;
        foreach (Match match in VerbFirst.Matches(text))
        {
            var found = QuantifiedClause.Build(match, sentence, context, priority: 38);
            if (found is not null) yield return found;
        }
    }
}
