using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;

namespace OpsKnowledge.Extract.Prose;

/// <summary>What the prose patterns share: building a quantified record from a clause, choosing its kind, period and scope.</summary>
internal static class ProseRecords
{
    /// <summary>A source span within the sentence, as document offsets.</summary>
    public static RecordSource SourceOf(ProseSentence sentence, int start, int end) => new()
    {
        Page = sentence.Paragraph.Page,
        Start = sentence.Start + start,
        End = sentence.Start + end,
    };

    public static Record Create(ExtractionContext context, ProseSentence sentence, RecordKind kind, string name, int start, int end, string? verb = null)
    {
        var record = context.Create(kind, name, sentence.Text, SourceOf(sentence, start, end), verb: verb);
        return record with { Scope = context.ScopeOf(sentence), Confidence = 0.8 };
    }

    /// <summary>
    /// A KPI when the name is a rate, degree or time or a baseline is given (车辆平均等待时间由95分钟缩短至30分钟),
    /// a target for planned amounts (营业收入达到5000万元).
    /// </summary>
    public static RecordKind KindOf(string name, Quantity value, bool hasBaseline)
    {
        if (value.Unit is "%" or "个百分点" or "‰" or "分" or "分钟" or "小时" or "秒" or "个工作日" or "工作日") return RecordKind.Kpi;
        // 每千人口托位数, 每万人口…: a per-capita ratio.
        if (name.StartsWith('每') || name.Contains("每千") || name.Contains("每万") || name.Contains("每十万")) return RecordKind.Kpi;
        foreach (var word in KpiWords)
        {
            if (name.Contains(word, StringComparison.Ordinal)) return RecordKind.Kpi;
        }
        foreach (var suffix in RateSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return RecordKind.Kpi;
        }
        return RecordKind.Target;
    }

    private static readonly string[] RateSuffixes = ["率", "度", "指数", "时间", "时长", "周期", "得分", "评分", "天数", "占比", "比例", "比重", "份额", "NPS", "次数", "时效", "期", "成本", "费", "效率", "能耗", "覆盖"];

    // Incidents are counted down to zero and are indicators, whatever their unit.
    private static readonly string[] KpiWords = ["事故", "投诉", "故障"];

    /// <summary>The horizon of a record: the last period written before its value in the sentence, else the paragraph's lead, else the section title's.</summary>
    public static string? PeriodFor(ExtractionContext context, ProseSentence sentence, int nameEnd)
    {
        string? found = null;
        foreach (var match in context.PeriodsIn(sentence))
        {
            // Periods after the name belong to the value (a baseline year after 从, a 3天内 in the value) or to the next clause.
            if (match.Index + match.Length > nameEnd) break;
            // 较2025年 is the comparison year, not the horizon.
            if (match.Index > 0 && sentence.Text[match.Index - 1] is '较' or '比') continue;
            found = match.Value;
        }
        // 年内 under a dated phase ((2027年)：…年内新增…) is that year.
        if (found is "年内" && sentence.LeadDate is not null) return PeriodParser.Normalize(sentence.LeadDate);
        if (found is not null) return PeriodParser.Normalize(found);
        if (sentence.LeadPeriod is not null) return sentence.LeadPeriod;
        var title = sentence.SectionTitle is null ? null : context.PeriodInTitle(sentence.SectionTitle);
        return title is null ? null : PeriodParser.Normalize(title.Value);
    }

    /// <summary>A number that is really a year or a date ("增长至2028年") is not a value.</summary>
    public static bool IsDateLike(Quantity quantity) =>
        quantity.Unit is "年" && quantity.Number >= 1900 || quantity.Unit is "月" or "日" && quantity.Number <= 31 && quantity.Text.Length <= 3;

    public static Direction? DirectionFromOp(RecordOperator op) => op switch
    {
        RecordOperator.AtMost or RecordOperator.DecreaseBy => Direction.Down,
        RecordOperator.AtLeast or RecordOperator.IncreaseBy => Direction.Up,
        _ => null,
    };

    public static bool IsDownVerb(string verb) =>
        !verb.StartsWith("不低于", StringComparison.Ordinal) && !verb.StartsWith("不少于", StringComparison.Ordinal)
        && (verb.Contains('降') || verb.Contains('减') || verb.Contains("缩") || verb.Contains("压缩") || verb.Contains("控制") || verb.Contains("不超过") || verb.Contains("不高于") || verb.Contains('≤') || verb.Contains('＜') || verb.Contains("低于") || verb.Contains("节约") || verb.Contains("节省"));
}
