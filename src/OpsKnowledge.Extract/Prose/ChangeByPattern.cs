using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>X下降/降低/提升N%, X提高N个百分点, 降低X N%: a change by an amount rather than to a level.</summary>
public sealed partial class ChangeByPattern : IProsePattern
{
    private const string Verbs = "提升|提高|增长|增加|上升|扩大|降低|下降|减少|缩短|压缩|缩减|节约|节省";

    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{1,30}}?)(?:同比|环比|年均|平均|累计|较上年|比上年|较去年|每年)?(?<verb>{Verbs})了?(?<val>{QuantityParser.Pattern})(?!\s*(?:至|到))", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    // 降低运营成本15%: the verb before the indicator; only with a percentage, where the reading is safe.
    [GeneratedRegex(
        $@"(?<verb>{Verbs})(?<name>[^，,。；;：:！？!?、\s\d]{{2,12}}?)(?<val>(?:约|近)?\d+(?:\.\d+)?\s*(?:%|％|个百分点)(?:以上|左右)?)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbFirst { get; }

    private static readonly SearchValues<string> VerbWords = SentenceClues.Words(Verbs);

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        var verbAt = text.AsSpan().IndexOfAny(VerbWords);
        if (verbAt < 0 || !SentenceClues.HasNumber(text)) yield break;
        // The name runs from a clause start to the verb, so no match starts before the clause of the first verb.
        for (var match = Grammar.Match(text, SentenceClues.ClauseStartBefore(text, verbAt)); match.Success; match = match.NextMatch())
        {
            var found = QuantifiedClause.Build(match, sentence, context, priority: 40, changeBy: true);
            if (found is not null) yield return found;
        }
        if (!SentenceClues.HasDigit(text)) yield break;
        foreach (Match match in VerbFirst.Matches(text))
        {
            var found = QuantifiedClause.Build(match, sentence, context, priority: 36, changeBy: true);
            if (found is not null) yield return found;
        }
    }
}
