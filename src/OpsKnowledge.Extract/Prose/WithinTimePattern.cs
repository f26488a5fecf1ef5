using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>X在48小时内处理完毕, 紧急维修于2小时内到场: a response-time KPI whose name is the thing handled.</summary>
public sealed partial class WithinTimePattern : IProsePattern
{
    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{2,30}}?)(?:在|于)(?<val>\d+(?:\.\d+)?\s*(?:个工作日|工作日|小时|分钟|天|日|秒)(?:内|以内|之内))(?<verb>完成|到场|处理完毕|处理|答复|回复|响应|办结|推送|解决|反馈|到达|修复|送达)", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        if (!sentence.Text.Contains('内') || !SentenceClues.HasDigit(sentence.Text)) yield break;
        foreach (Match match in Grammar.Matches(sentence.Text))
        {
            var found = QuantifiedClause.Build(match, sentence, context, priority: 45);
            if (found is null) continue;
            yield return found with { Record = found.Record with { Kind = RecordKind.Kpi, Details = found.Record.Measure! with { Op = RecordOperator.AtMost, Direction = Direction.Down } } };
        }
    }
}
