using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Turns a regex match with groups name, verb, val (and base) into a target or KPI record.</summary>
internal static partial class QuantifiedClause
{
    [GeneratedRegex(@"^\s*(?:较|比|同比|环比)(?:上年|去年|\d{4}年)?(?:同期)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Comparator { get; }

    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{2,30}}?)(?:控制在|达到|提升至|提高到|提高至|降至|降低至|不超过|不低于|不少于|保持在|由|从)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedBefore { get; }

    /// <summary>∶1 of a ratio, or a unit this grammar does not know followed by 的 (米的煤矿): the figure goes on past the value read.</summary>
    [GeneratedRegex(@"^(?:[∶:]|[\u4e00-\u9fff]{1,2}的)", RegexOptions.CultureInvariant)]
    private static partial Regex UnreadFigureTail { get; }

    private static string? PreviousIndicator(string before)
    {
        var last = NamedBefore.Matches(before).LastOrDefault();
        return last is null ? null : IndicatorName.Clean(last.Groups["name"].Value);
    }

    public static ProseMatch? Build(Match match, ProseSentence sentence, ExtractionContext context, int priority, bool changeBy = false)
    {
        var nameGroup = match.Groups["name"];
        var name = IndicatorName.Clean(nameGroup.Value);
        var inherited = false;
        if (name is null && Comparator.IsMatch(nameGroup.Value))
        {
            // 供销差率控制在3%以内，较上年下降0.4个百分点: the change is of the indicator named just before.
            name = PreviousIndicator(sentence.Text[..match.Index]);
            inherited = name is not null;
        }
        if (name is null) return null;
        var verb = match.Groups["verb"].Success ? match.Groups["verb"].Value : "";
        var valText = match.Groups["val"].Value;
        var money = UnitCatalog.IsMoneyName(name);
        var value = QuantityParser.Parse(valText, money);
        if (value is null || ProseRecords.IsDateLike(value)) return null;
        // 超过1200米的煤矿, 由2.9∶1缩小至2.52∶1: a number whose unit this grammar could not read, followed by more of the
        // figure or by the noun it specifies, is not a value read whole; the general grammar reads it or leaves it out.
        var valueEnd = match.Groups["val"].Index + match.Groups["val"].Length;
        if (value.Unit is null && UnreadFigureTail.IsMatch(sentence.Text.AsSpan(valueEnd, Math.Min(4, sentence.Text.Length - valueEnd)))) return null;
        Quantity? baseline = null;
        if (match.Groups["base"].Success)
        {
            baseline = QuantityParser.Parse(match.Groups["base"].Value, money);
            if (baseline is null || ProseRecords.IsDateLike(baseline)) return null;
        }
        var down = ProseRecords.IsDownVerb(verb);
        var op = value.Op;
        if (changeBy)
        {
            op = down ? RecordOperator.DecreaseBy : RecordOperator.IncreaseBy;
        }
        else if (op == RecordOperator.Equal && !value.Approximate && verb.Length > 0)
        {
            // A plan's "提升至95%" is a floor and "降至30分钟" a ceiling; 达到 and 突破 are floors.
            op = down ? RecordOperator.AtMost : verb is "约为" or "约占" or "占" or "调整为" or "调整" or "保持" or "保持在" or "维持在" or "稳定在" ? RecordOperator.Equal : RecordOperator.AtLeast;
        }
        var start = inherited ? nameGroup.Index : nameGroup.Index + nameGroup.Value.IndexOf(name, StringComparison.Ordinal);
        if (match.Groups["verb"].Success && match.Groups["verb"].Index < nameGroup.Index) start = match.Groups["verb"].Index;
        var end = match.Index + match.Length;
        var kind = ProseRecords.KindOf(name, value, baseline is not null);
        var record = ProseRecords.Create(context, sentence, kind, name, start, end, verb.Length > 0 ? verb : null);
        var measure = record.Measure!;
        var direction = verb.Length > 0 ? DirectionInference.Infer(name, verb) : measure.Direction;
        direction ??= ProseRecords.DirectionFromOp(op);
        if (changeBy || verb.Length > 0) direction = down ? Direction.Down : direction ?? Direction.Up;
        record = record with
        {
            Details = measure with
            {
                Value = value.Text,
                Number = value.Number,
                NumberTo = value.NumberTo,
                Unit = value.Unit ?? baseline?.Unit,
                Op = op,
                Direction = direction,
                Baseline = baseline?.Text,
                BaselineNumber = baseline?.Number,
            },
            Period = ProseRecords.PeriodFor(context, sentence, nameGroup.Index + nameGroup.Length),
        };
        return new ProseMatch(record, priority);
    }
}
