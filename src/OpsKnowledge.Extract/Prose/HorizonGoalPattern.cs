using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>短期目标(1-2年)：建立服务体系 — a goal without a number under a horizon.</summary>
public sealed partial class HorizonGoalPattern : IProsePattern
{
    [GeneratedRegex(
        @"^(?:(?:短期|中期|长期|近期|远期|中长期)(?:目标)?\s*[（(][^）)]{1,12}[）)]|第[一二三四五六七八九十\d]+(?:年|阶段)(?:\s*[（(][^）)]{1,16}[）)])?|(?:短期|中期|长期)目标)(?:目标|度目标)?\s*[:：]\s*(?<goal>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    [GeneratedRegex(@"^[^:：]+")]
    private static partial Regex Label { get; }

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        // Only the sentence that opens the paragraph carries the horizon label.
        if (sentence.Start - sentence.Paragraph.Span.Start > 4 && sentence.Paragraph.Text.IndexOf(sentence.Text, StringComparison.Ordinal) > 4) yield break;
        var match = Grammar.Match(sentence.Text);
        if (!match.Success) yield break;
        var goal = match.Groups["goal"];
        var name = goal.Value.Trim().TrimEnd('。', '；', ';', '，', ',');
        if (name.Length < 2) yield break;
        var record = ProseRecords.Create(context, sentence, RecordKind.Target, name, goal.Index, goal.Index + name.Length);
        var label = Label.Match(sentence.Text).Value;
        yield return new ProseMatch(record with
        {
            Period = sentence.LeadPeriod ?? Normalization.PeriodParser.Normalize(label),
            Confidence = 0.7,
        }, 10);
    }
}
