using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Planned amounts without a comparator: 新建产地预冷库8座, 培训电商从业人员6000人次, 培训收入3300万元, 累计投资4800万元.</summary>
public sealed partial class AmountPattern : IProsePattern
{
    private const string Actions = "新增|新建|改造|引进|培训|招聘|组织|发展|培育|评选|举办|开发|拓展|签约|累计投资|统筹安排|合并|拨入|节省|节约|新开|开设";

    private const string AmountNouns = "收入|开支|支出|结余|投资|资金|利润|利润总额|销售额|营收|预算|储备|营业额|产值|规模";

    private const string Amount = @"(?:约|近|超过)?\d+(?:,\d{3})*(?:\.\d+)?\s*(?:万|亿)?(?:" + UnitCatalog.Pattern + ")";

    [GeneratedRegex(
        $@"(?<name>(?:{Actions}){IndicatorName.CharClass}{{0,16}}?)(?<val>{Amount})(?=$|[，,。；;、（(]|[\p{{IsCJKUnifiedIdeographs}}]{{1,12}}(?:$|[，,。；;]))", RegexOptions.CultureInvariant)]
    private static partial Regex ActionLed { get; }

    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{0,14}}?(?:{AmountNouns}))(?:约为|约|为|共|合计|累计)?(?<val>{Amount})(?=$|[，,。；;、（(])", RegexOptions.CultureInvariant)]
    private static partial Regex NounLed { get; }

    private static readonly SearchValues<string> ActionWords = SentenceClues.Words(Actions);

    private static readonly SearchValues<string> NounWords = SentenceClues.Words(AmountNouns);

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        // Both grammars need an Arabic amount, and their own nouns or actions.
        if (!SentenceClues.HasDigit(sentence.Text)) yield break;
        foreach (var (regex, words) in new[] { (NounLed, NounWords), (ActionLed, ActionWords) })
        {
            if (!SentenceClues.HasAny(sentence.Text, words)) continue;
            foreach (Match match in regex.Matches(sentence.Text))
            {
                var found = QuantifiedClause.Build(match, sentence, context, priority: 32);
                if (found is null) continue;
                // A bare amount reads as planned, not as "at least".
                var measure = found.Record.Measure!;
                yield return found with { Record = found.Record with { Details = measure with { Op = Op(measure.Value) } } };
            }
        }
    }

    private static RecordOperator? Op(string? value)
    {
        if (value is null) return null;
        var quantity = QuantityParser.Parse(value);
        return quantity is null || quantity.Op == RecordOperator.Equal && !quantity.Approximate ? null : quantity.Op;
    }
}
