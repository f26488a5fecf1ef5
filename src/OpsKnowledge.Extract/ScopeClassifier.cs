using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract;

/// <summary>Tells the document's own commitments (plan) from cited cases, benchmarks and industry figures (reference).</summary>
public sealed partial class ScopeClassifier
{
    [GeneratedRegex(
        @"某[\p{IsCJKUnifiedIdeographs}]{0,6}?(?:企业|公司|集团|银行|医院|园区|平台|项目|单位|城市|市|省|区|县|机构|品牌|厂|港|酒店|商场|门店|物流|电商|运营商|景区|学校|社区)"
        + @"|行业(?:平均|均值|标杆|普遍|通常|数据显示|报告)|据[^，。；]{0,24}?(?:报告|统计|数据|调查|调研|研究|测算|显示)|(?:数据|研究|调查|报告|统计|调研)(?:显示|表明)"
        + @"|专家(?:观点|认为|指出|建议|表示|提出)|(?:案例|来源|参考|资料来源|引自|数据来源)\s*[:：]|标杆企业|国际经验|经验表明|实践表明|头部企业|龙头企业|典型案例|成功案例|同类企业|同行企业|先进企业|业界|同区|全国(?!先进|领先|一流)"
        // Plans state their own targets in the future; a change already made (提升了35%) is someone else's result.
        + @"|(?:提升|提高|增长|增加|下降|降低|缩短|减少|压缩)了", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceMarkers { get; }

    [GeneratedRegex(@"案例|借鉴|标杆|对标|经验启示|参考资料|行业经验", RegexOptions.CultureInvariant)]
    private static partial Regex SectionMarkers { get; }

    public static ScopeClassifier Default { get; } = new();

    /// <summary>Reference when the sentence cites a case, source or benchmark, or the section is a case study; else plan.</summary>
    public RecordScope Classify(string sentence, string? sectionPath)
    {
        if (SentenceMarkers.IsMatch(sentence)) return RecordScope.Reference;
        sectionPath = sectionPath is null ? null : ScriptFolding.ForExtraction.ToSimplified(sectionPath);
        if (sectionPath is not null && SectionMarkers.IsMatch(LastHeading(sectionPath))) return RecordScope.Reference;
        return RecordScope.Plan;
    }

    /// <summary>For tables: reference only when the caption or the section says it is a case or benchmark.</summary>
    public RecordScope ClassifyTable(string? caption, string? sectionPath)
    {
        caption = caption is null ? null : ScriptFolding.ForExtraction.ToSimplified(caption);
        sectionPath = sectionPath is null ? null : ScriptFolding.ForExtraction.ToSimplified(sectionPath);
        if (caption is not null && (SentenceMarkers.IsMatch(caption) || SectionMarkers.IsMatch(caption))) return RecordScope.Reference;
        if (sectionPath is not null && SectionMarkers.IsMatch(LastHeading(sectionPath))) return RecordScope.Reference;
        return RecordScope.Plan;
    }

    private static string LastHeading(string path)
    {
        var i = path.LastIndexOf(" > ", StringComparison.Ordinal);
        return i < 0 ? path : path[(i + 3)..];
    }
}
