using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>X为零, X降为0, 实现零X: an indicator held at zero (accidents, major complaints).</summary>
public sealed partial class ZeroPattern : IProsePattern
{
    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<name>{IndicatorName.CharClass}{{1,30}}?)(?:保持|控制|降|实现)?(?:为|至|到|在)(?:零|0)(?![\d.])|实现零(?<name2>{IndicatorName.CharClass}{{2,8}})", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        var zeroAt = sentence.Text.AsSpan().IndexOfAny('零', '0');
        if (zeroAt < 0) yield break;
        // Both readings end on 零/0 within the clause they start in.
        for (var match = Grammar.Match(sentence.Text, SentenceClues.ClauseStartBefore(sentence.Text, zeroAt)); match.Success; match = match.NextMatch())
        {
            var group = match.Groups["name"].Success ? match.Groups["name"] : match.Groups["name2"];
            var name = IndicatorName.Clean(group.Value);
            if (name is null) continue;
            var start = match.Groups["name"].Success ? group.Index + group.Value.IndexOf(name, StringComparison.Ordinal) : match.Index;
            var record = ProseRecords.Create(context, sentence, RecordKind.Kpi, name, start, match.Index + match.Length);
            yield return new ProseMatch(record with
            {
                Details = record.Measure! with
                {
                    Value = match.Groups["name"].Success ? match.Value[(match.Groups["name"].Length)..] : "零" + name,
                    Number = 0,
                    Op = RecordOperator.Equal,
                    Direction = Direction.Down,
                },
                Period = ProseRecords.PeriodFor(context, sentence, group.Index + group.Length),
            }, 45);
        }
    }
}
