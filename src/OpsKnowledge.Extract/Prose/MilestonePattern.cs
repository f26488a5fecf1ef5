using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>2026年6月底前完成……, 在6个月内完成……, 第二年实现……: a dated or time-boxed deliverable.</summary>
public sealed partial class MilestonePattern : IProsePattern
{
    private const string Date =
        @"(?:在|于|到|至|截至)?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*(?:至|到|—|-|－|~|～)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月|\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|初|中旬|上旬|下旬|上半年|下半年|年底|年末)?(?:前|之前|以前)?|\d{1,2}\s*月(?:底|末|中旬|上旬|下旬)?(?:前|之前)|[一二三四五六七八九十两\d]+\s*个?(?:月|周|季度|工作日|天)(?:内|之内)|第[一二三四五六七八九十\d]+(?:年|季度|个月|阶段)(?:内|末|底)?|年底前|明年)";

    private const string Verbs =
        "完成|实现|建成|上线|启动|推出|达成|形成|落地|投入使用|投入运营|投运|覆盖|开通|取得|通过|搭建|建立|组建|开展|开业|推广|引入|部署|交付|竣工|验收|试运行|打造|构建|发布|签约|获得|入驻|成立|制定|编制|招聘|改造|升级|新增|确认|启用|开班|申报|评估|召开|出台|印发";

    [GeneratedRegex(
        $@"(?<date>{Date})[，,：:]?\s*(?:(?:要|将|需|应|力争|争取|全面|基本|初步|率先|正式|确保|计划|预计|逐步|全部)\s*){{0,2}}(?<what>(?:{Verbs})[^，,。；;：:！？!?]{{2,40}})", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar { get; }

    // 2026年12月底前综合服务中心投入使用: a firm deadline (…前) followed by the thing delivered, then its verb.
    [GeneratedRegex(
        $@"(?<date>{Date})(?<=前)[，,：:]?\s*(?<what>[^，,。；;：:！？!?\d]{{2,24}}?(?:{Verbs})[^，,。；;：:！？!?]{{0,30}})", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectFirst { get; }

    // A deliverable opening a paragraph under a dated phase heading: (一)启动部署阶段(2026年1月至6月) / 完成方案制定……
    [GeneratedRegex($@"^(?<what>(?:{Verbs})[^，,。；;：:！？!?]{{2,40}})", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAtStart { get; }

    [GeneratedRegex(@"[（(](?<date>[^）)]*\d{4}\s*年[^）)]*)[）)]|^(?<date>\d{4}\s*年\s*\d{1,2}\s*月.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedHeading { get; }

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,4}\s*[:：]\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataLabel { get; }

    private static readonly SearchValues<string> VerbWords = SentenceClues.Words(Verbs);

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        // All three grammars need one of the verbs.
        if (!SentenceClues.HasAny(sentence.Text, VerbWords)) yield break;
        // 发布日期: 2021年12月 发布机构: 来源: …: a document's front matter, labels and their values, delivers nothing.
        if (MetadataLabel.Count(sentence.Text) >= 2) yield break;
        foreach (Match match in Grammar.Matches(sentence.Text))
        {
            var date = match.Groups["date"].Value.Trim();
            // 到2028年底，建成…体系 states where the plan ends up, not a deliverable with a deadline.
            if ((date.StartsWith('到') || date.StartsWith('至')) && !date.EndsWith('前')) continue;
            // A bare year before a verb is a date only when nothing but the verb follows ("2026年完成…"), which the grammar ensures.
            if (date.Length < 2) continue;
            var what = match.Groups["what"].Value.Trim();
            var record = ProseRecords.Create(context, sentence, RecordKind.Milestone, what, match.Index, match.Index + match.Length);
            var normalized = PeriodParser.Normalize(date.TrimStart('在', '于'));
            yield return new ProseMatch(record with
            {
                Details = new MilestoneDetails { Date = normalized },
                Period = normalized,
            }, 33);
        }
        foreach (Match match in SubjectFirst.Matches(sentence.Text))
        {
            var what = match.Groups["what"].Value.Trim();
            var record = ProseRecords.Create(context, sentence, RecordKind.Milestone, what, match.Groups["what"].Index, match.Index + match.Length);
            var date = PeriodParser.Normalize(match.Groups["date"].Value.Trim().TrimStart('在', '于'));
            yield return new ProseMatch(record with { Details = new MilestoneDetails { Date = date }, Period = date }, 31);
        }
        if (!sentence.IsFirstInParagraph) yield break;
        var phase = sentence.LeadDate ?? (sentence.SectionTitle is null ? null : DatedHeading.Match(sentence.SectionTitle) is { Success: true } heading ? heading.Groups["date"].Value : null);
        if (phase is null) yield break;
        var atStart = VerbAtStart.Match(sentence.Text[sentence.LeadLength..]);
        if (atStart.Success)
        {
            var what = atStart.Groups["what"].Value.Trim();
            var record = ProseRecords.Create(context, sentence, RecordKind.Milestone, what, sentence.LeadLength, sentence.LeadLength + atStart.Length);
            var date = PeriodParser.Normalize(phase);
            yield return new ProseMatch(record with { Details = new MilestoneDetails { Date = date }, Period = date }, 29);
        }
    }
}
