using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>X从A提升至B, X由A缩短到B以内, X由A……到B: a KPI with its baseline.</summary>
public sealed partial class ChangeFromToPattern : IProsePattern
{
    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{1,30}}?)(?:从|由)(?:\d{{4}}\s*年(?:底|末)?的?)?(?<base>{QuantityParser.Pattern})(?:{IndicatorName.CharClass}{{0,8}}?)(?<verb>提升|提高|增长|增加|扩大|上升|降低|下降|减少|缩短|压缩|缩减|优化|改善|调整|降|升|增|减)?(?:至|到|为)(?<val>{QuantityParser.Pattern})", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        var fromAt = text.AsSpan().IndexOfAny('从', '由');
        if (fromAt < 0 || text.AsSpan().IndexOfAny('至', '到', '为') < 0 || !SentenceClues.HasNumber(text)) yield break;
        // The name runs from a clause start to 从/由, so no match starts before the clause of the first one.
        for (var match = Grammar.Match(text, SentenceClues.ClauseStartBefore(text, fromAt)); match.Success; match = match.NextMatch())
        {
            var found = QuantifiedClause.Build(match, sentence, context, priority: 50);
            if (found is not null) yield return found;
        }
    }
}
