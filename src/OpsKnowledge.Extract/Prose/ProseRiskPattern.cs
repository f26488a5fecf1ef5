using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Prose;

/// <summary>Risks in prose: 一是人才流失风险，……应通过……予以应对; 风险主要来自……; with the mitigation from the same or the next sentence (应对需建立……机制).</summary>
public sealed partial class ProseRiskPattern : IProsePattern
{
    [GeneratedRegex(
        @"(?<=^|[，,：:；;])\s*(?:(?:[一二三四五六七八九十]是|其[一二三四五六]|首先|其次|再次|此外|另外|最后|第[一二三四五六七八九十][，,、]?|[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．])\s*)?(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,12}?风险)(?:方面)?(?<sep>[：:，,]|是|在于|即|表现为)", RegexOptions.CultureInvariant)]
    private static partial Regex Named { get; }

    [GeneratedRegex(
        @"(?<subject>[\p{IsCJKUnifiedIdeographs}]{0,12}?)风险主要(?:来自|来源于|来自于|源于|在于|集中在|包括|体现在)(?<what>[^。；;]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Sources { get; }

    [GeneratedRegex(
        @"(?:应对(?:措施|策略|办法|方案)?(?:上|方面)?\s*(?:[:：]|是|为|需|应|要|可)|(?:应|需|要|可|须|拟|将|必须)(?=通过|建立|加强|采取|制定|完善|实施|建设|引入|做好|强化|健全|设立|储备|开展|优化|推行))(?<m>[^。；;]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Mitigation { get; }

    [GeneratedRegex(@"(?:予以|加以|来|进行|以)?(?:应对|化解|防范|缓解|规避|控制)$", RegexOptions.CultureInvariant)]
    private static partial Regex MitigationTail { get; }

    private static readonly HashSet<string> GenericSubjects = ["项目", "本项目", "公司", "企业", "运营", "方案", "本方案", "计划", "经营", "业务", "整体", "总体"];

    private static readonly string[] NotRiskNames = ["主要", "各类", "相关", "潜在", "上述", "以下", "这些", "各项", "可能", "防范", "控制", "规避", "降低", "应对", "化解", "管理", "面临", "存在", "识别", "评估", "整体", "总体", "各种", "重大", "该", "此类", "其他"];

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        if (!text.Contains("风险", StringComparison.Ordinal)) yield break;
        var named = Named.Matches(text).Where(m => IsRiskName(m.Groups["name"].Value)).ToList();
        for (var i = 0; i < named.Count; i++)
        {
            var match = named[i];
            var name = match.Groups["name"].Value;
            var restStart = match.Index + match.Length;
            var restEnd = i + 1 < named.Count ? named[i + 1].Index : text.Length;
            var rest = text[restStart..restEnd];
            var (mitigation, mitigationAt) = FindMitigation(rest);
            if (mitigation is null && i + 1 == named.Count) mitigation = NextSentenceMitigation(sentence);
            var description = (mitigationAt >= 0 ? rest[..mitigationAt] : rest).Trim(' ', '，', ',', '：', ':', '、');
            if (description.Length == 0 && mitigation is null) continue;
            var start = match.Groups["name"].Index;
            var record = ProseRecords.Create(context, sentence, RecordKind.Risk, name, start, restEnd);
            yield return new ProseMatch(record with
            {
                Details = new RiskDetails { Description = description.Length > 0 ? description : null, Mitigation = mitigation },
            }, 60);
        }
        if (named.Count > 0) yield break;
        var sources = Sources.Match(text);
        if (sources.Success)
        {
            var what = sources.Groups["what"].Value;
            var (mitigation, mitigationAt) = FindMitigation(what);
            if (mitigationAt >= 0) what = what[..mitigationAt];
            what = what.Trim(' ', '，', ',', '：', ':', '、');
            if (what.Length < 2) yield break;
            mitigation ??= NextSentenceMitigation(sentence);
            // 市场风险主要来自竞争加剧: a named risk; 项目风险主要来自…: the sources are the risk.
            var subject = sources.Groups["subject"].Value;
            var isNamed = subject.Length >= 2 && !subject.EndsWith('的') && !GenericSubjects.Contains(subject) && IsRiskName(subject + "风险");
            var record = ProseRecords.Create(context, sentence, RecordKind.Risk, isNamed ? subject + "风险" : what,
                isNamed ? sources.Groups["subject"].Index : sources.Groups["what"].Index, sources.Index + sources.Length);
            yield return new ProseMatch(record with { Details = new RiskDetails { Description = what, Mitigation = mitigation } }, 60);
        }
    }

    private static bool IsRiskName(string name)
    {
        if (name.Length < 3) return false;
        foreach (var word in NotRiskNames)
        {
            if (name.StartsWith(word, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static (string? Text, int At) FindMitigation(string text)
    {
        var match = Mitigation.Match(text);
        if (!match.Success) return (null, -1);
        var m = match.Groups["m"].Value.Trim(' ', '，', ',', '。');
        m = MitigationTail.Replace(m, "").Trim(' ', '，', ',');
        if (m.StartsWith("通过", StringComparison.Ordinal)) m = m[2..];
        return (m.Length >= 2 ? m : null, match.Index);
    }

    /// <summary>"应对需建立……机制" stated in the next sentence of the paragraph, when that sentence opens no risk of its own.</summary>
    private static string? NextSentenceMitigation(ProseSentence sentence)
    {
        if (sentence.Following.Count == 0) return null;
        var next = sentence.Following[0].Text;
        if (Named.Matches(next).Any(m => IsRiskName(m.Groups["name"].Value))) return null;
        var (mitigation, at) = FindMitigation(next);
        return at >= 0 && at <= 6 ? mitigation : null;
    }
}
