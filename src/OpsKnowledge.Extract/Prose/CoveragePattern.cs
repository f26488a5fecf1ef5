using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>实现X全覆盖, X实现全覆盖: a coverage target, read as 100%.</summary>
public sealed class CoveragePattern : IProsePattern
{
    private static readonly Regex Grammar = new(
        $@"实现(?<name>{IndicatorName.CharClass}{{1,20}}?)的?全覆盖|(?<name>{IndicatorName.CharClass}{{2,20}}?)(?:实现|达到)全覆盖",
        RegexOptions.CultureInvariant);

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        foreach (Match match in Grammar.Matches(sentence.Text))
        {
            var group = match.Groups["name"];
            var name = IndicatorName.Clean(group.Value);
            if (name is null) continue;
            var record = ProseRecords.Create(context, sentence, RecordKind.Target, name + "全覆盖", match.Index, match.Index + match.Length);
            yield return new ProseMatch(record with
            {
                Value = "全覆盖",
                Number = 100,
                Unit = "%",
                Op = RecordOperator.Equal,
                Direction = Direction.Up,
                Period = ProseRecords.PeriodFor(sentence, match.Index),
            }, 35);
        }
    }
}
