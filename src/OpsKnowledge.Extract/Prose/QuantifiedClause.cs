using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Turns a regex match with groups name, verb, val (and base) into a target or KPI record.</summary>
internal static class QuantifiedClause
{
    public static ProseMatch? Build(Match match, ProseSentence sentence, ExtractionContext context, int priority, bool changeBy = false)
    {
        var nameGroup = match.Groups["name"];
        var name = IndicatorName.Clean(nameGroup.Value);
        if (name is null) return null;
        var verb = match.Groups["verb"].Success ? match.Groups["verb"].Value : "";
        var valText = match.Groups["val"].Value;
        var money = UnitCatalog.IsMoneyName(name);
        var value = QuantityParser.Parse(valText, money);
        if (value is null || ProseRecords.IsDateLike(value)) return null;
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
            op = down ? RecordOperator.AtMost : verb is "约为" or "约占" or "占" or "保持在" or "维持在" or "稳定在" ? RecordOperator.Equal : RecordOperator.AtLeast;
        }
        var start = nameGroup.Index + nameGroup.Value.IndexOf(name, StringComparison.Ordinal);
        if (match.Groups["verb"].Success && match.Groups["verb"].Index < nameGroup.Index) start = match.Groups["verb"].Index;
        var end = match.Index + match.Length;
        var kind = ProseRecords.KindOf(name, value, baseline is not null);
        var record = ProseRecords.Create(context, sentence, kind, name, start, end, verb.Length > 0 ? verb : null);
        var direction = verb.Length > 0 ? DirectionInference.Infer(name, verb) : record.Direction;
        direction ??= ProseRecords.DirectionFromOp(op);
        if (changeBy || verb.Length > 0) direction = down ? Direction.Down : direction ?? Direction.Up;
        record = record with
        {
            Value = value.Text,
            Number = value.Number,
            NumberTo = value.NumberTo,
            Unit = value.Unit ?? baseline?.Unit,
            Op = op,
            Direction = direction,
            Baseline = baseline?.Text,
            BaselineNumber = baseline?.Number,
            Period = ProseRecords.PeriodFor(sentence, nameGroup.Index + nameGroup.Length),
        };
        return new ProseMatch(record, priority);
    }
}
