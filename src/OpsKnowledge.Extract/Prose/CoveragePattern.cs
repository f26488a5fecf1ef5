using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>X实现Y全覆盖: a coverage KPI named "X Y覆盖", read as 100%; after a deliverable date (第二年实现…) it is a milestone instead.</summary>
public sealed partial class CoveragePattern : IProsePattern
{
    [GeneratedRegex(
        $@"{IndicatorName.ClauseStart}(?<subject>{IndicatorName.CharClass}{{0,20}}?)(?:实现|达到|做到)(?<what>{IndicatorName.CharClass}{{0,20}}?)全覆盖", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        if (!sentence.Text.Contains("全覆盖", StringComparison.Ordinal)) yield break;
        foreach (Match match in Grammar.Matches(sentence.Text))
        {
            var subjectText = match.Groups["subject"].Value;
            var period = PeriodParser.Find(subjectText);
            // 第二年实现…全覆盖 and …前实现…全覆盖 are deliverables with a date: the milestone pattern reads them.
            if (period is not null && period.Index == 0 && (period.Value.StartsWith('第') || subjectText.Contains('前'))) continue;
            var subject = IndicatorName.Clean(subjectText) ?? "";
            var what = match.Groups["what"].Value.Replace("全部", "").Replace("所有", "").Replace("各", "");
            var name = subject + what + "覆盖";
            if (name.Length < 4) continue;
            var record = ProseRecords.Create(context, sentence, RecordKind.Kpi, name, match.Index + subjectText.IndexOf(subject, StringComparison.Ordinal), match.Index + match.Length);
            yield return new ProseMatch(record with
            {
                Details = record.Measure! with
                {
                    Value = "全覆盖",
                    Number = 100,
                    Unit = "%",
                    Op = RecordOperator.Equal,
                    Direction = Direction.Up,
                },
                Period = ProseRecords.PeriodFor(context, sentence, match.Groups["what"].Index),
            }, 35);
        }
    }
}
