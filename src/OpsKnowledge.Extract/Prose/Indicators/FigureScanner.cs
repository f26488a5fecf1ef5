using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Extract.Prose.Indicators;

/// <summary>
/// Finds the figures of running text that can be records: a number with its unit (万/亿 and the measure word after them
/// kept together: 万千瓦, 亿斤, 万人次, 元/人), the operator words before it and the qualifier after it. Numbers that are
/// dates, ordinals, ranks, streaks, names, thresholds of a category or parts of a code are left out.
/// </summary>
public static class FigureScanner
{
    private static readonly string[] UnitWords =
    [
        "个百分点", "百分点", "%", "％", "‰", "倍", "成",
        "元/人", "元/吨", "元/亩", "吨/日", "吨/年", "微克/立方米", "毫克/立方米", "千瓦时", "千瓦", "吨标准煤", "标准煤", "标准箱", "标箱",
        "美元", "港元", "欧元", "元", "吨", "公斤", "千克", "克", "斤", "立方米", "平方公里", "平方米", "公顷", "亩", "公里", "千米", "米",
        "人次", "人", "名", "户", "岁", "个月", "小时", "分钟", "秒", "天", "日", "周", "季度", "年", "月",
        "个", "家", "所", "条", "项", "座", "处", "件", "批", "套", "台", "辆", "艘", "架", "列", "只", "张", "篇", "部", "宗", "笔", "单", "份",
        "种", "类", "块", "株", "棵", "口", "片", "支", "门", "栋", "间", "床", "村", "头", "羽", "匹", "对", "班次", "场次", "架次", "航次", "车次", "大", "场", "次", "届", "轮", "级", "期", "号", "代", "版", "位",
        "分", "PFlops", "EFlops", "TFlops", "Gbps", "Mbps", "GB", "TB", "PB", "GW", "MW", "kW", "kWh", "km",
    ];

    /// <summary>Units that count things: the noun counted may follow (建成35个先导区) instead of leading (新建社区食堂200个).</summary>
    private static readonly HashSet<string> CountUnits =
    [
        "个", "家", "所", "条", "项", "座", "处", "件", "批", "套", "台", "辆", "艘", "架", "列", "只", "张", "篇", "部", "宗", "笔", "单", "份",
        "种", "类", "块", "株", "棵", "口", "片", "支", "门", "栋", "间", "床", "村", "名", "户", "人", "头", "羽", "匹", "大", "班次", "场次", "架次", "航次", "车次", "人次",
    ];

    /// <summary>Classifiers after which a Chinese numeral counts things (九项, 两个); others read as idioms or names (三门峡, 千家).</summary>
    private static readonly HashSet<string> ChineseCountUnits = ["个", "项", "家", "所", "条", "座", "批", "支", "套", "件", "名", "张", "台", "辆", "部", "大"];

    /// <summary>Dates, ordinals, editions, event counts and ranks: never a record's figure (第十五届, 16次调度, 居第5位, 2025年).</summary>
    private static readonly HashSet<string> NonRecordUnits = ["年", "月", "日", "周", "季度", "次", "届", "轮", "级", "期", "号", "代", "版", "位", "场"];

    private const string ChineseNumber = "[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?";

    private static readonly Regex NumberRegex = new(
        $@"(?<num>\d+(?:,\d{{3}})*(?:\.\d+)?|{ChineseNumber})(?:\s*[-–—~～]\s*(?<num2>\d+(?:\.\d+)?))?(?<more>多|余)?(?<mult>万亿|千亿|百亿|亿|千万|百万|十万|万)?(?<more2>多|余)?(?<unit>{string.Join("|", UnitWords.OrderByDescending(u => u.Length).Select(Regex.Escape))})?(?<post>及以上|及以下|以上|以内|以下|左右|上下|内)?(?<ratio>[∶:]1(?!\d))?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex YearBeforeNumber = new(@"\d{4}年(?:底|末)?的$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DoubleRegex = new(@"翻(?<n>一|两|二|三|\d)番", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Values written as words: coverage (全覆盖, 全部 before a verb of reaching or building), doubling (翻番, 倍增) and
    /// elimination (动态清零). Each must end its clause or, for 全部, be followed by its predicate; 全部投资 and 倍增计划 are nouns.
    /// </summary>
    private static readonly Regex WordValueRegex = new(
        @"(?<w>全覆盖|动态清零|翻番|倍增)(?=$|[，。；、,;）)”])|全部(?=(?<p>(?:通|建成|开工|达到(?![ⅠⅡⅢⅣⅤ一二三四五]类|[一二三]级))[^，。；、,;]{0,12})(?:$|[，。；,;]))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Words that may stand between an indicator and its number, longest first, with the operator they give in plan and result text.</summary>
    private static readonly (string Word, RecordOperator Plan, RecordOperator Result, WordRole Role)[] OperatorWords = BuildOperatorWords();

    public static IReadOnlyList<Figure> Scan(string text)
    {
        var figures = new List<Figure>();
        foreach (Match match in NumberRegex.Matches(text))
        {
            var figure = FromMatch(text, match);
            if (figure is null) continue;
            // 4.5%—5%: two numbers joined by a dash are one range.
            if (figures.Count > 0 && figures[^1] is { } last && IsRangeJoin(text, last.End, figure.NumberStart) && last.Unit == figure.Unit)
            {
                figures[^1] = last with { NumberTo = figure.Number, End = figure.End, Value = text[last.NumberStart..figure.End], PlanOperator = RecordOperator.Range, ResultOperator = RecordOperator.Range };
                continue;
            }
            figures.Add(figure);
        }
        foreach (Match match in DoubleRegex.Matches(text))
        {
            var power = match.Groups["n"].Value switch { "一" => 1, "两" or "二" => 2, "三" => 3, var d => int.Parse(d) };
            var (start, plan, result, list) = OperatorsBefore(text, match.Index);
            figures.Add(new Figure
            {
                OperatorStart = start, NumberStart = match.Index, End = match.Index + match.Length, Number = (decimal)Math.Pow(2, power), Unit = "倍",
                PlanOperator = plan ?? RecordOperator.Equal, ResultOperator = result ?? RecordOperator.Equal, Value = match.Value, List = list,
            });
        }
        foreach (Match match in WordValueRegex.Matches(text))
        {
            if (IsExcludedContext(text, match.Index, match.Index + match.Length, null)) continue;
            var word = match.Groups["w"].Success ? match.Groups["w"].Value : "全部";
            var (number, unit) = word switch { "动态清零" => (0m, (string?)null), "翻番" or "倍增" => (2m, "倍"), _ => (100m, "%") };
            figures.Add(new Figure
            {
                OperatorStart = match.Index, NumberStart = match.Index, End = match.Index + match.Length, Number = number, Unit = unit,
                PlanOperator = RecordOperator.Equal, ResultOperator = RecordOperator.Equal, Value = word, IsWordValue = true,
                Predicate = match.Groups["p"].Success ? match.Groups["p"].Value : null,
            });
        }
        figures.Sort((a, b) => a.NumberStart.CompareTo(b.NumberStart));
        return figures;
    }

    private static Figure? FromMatch(string text, Match match)
    {
        if (match.Length == 0) return null;
        var num = match.Groups["num"].Value;
        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        var mult = match.Groups["mult"].Value;
        var post = match.Groups["post"].Value;
        var more = match.Groups["more"].Success || match.Groups["more2"].Success;
        var start = match.Index;
        var end = match.Index + match.Length;
        var chinese = !char.IsAsciiDigit(num[0]);
        if (!ChineseNumberParser.TryParse(num, out var number)) return null;
        decimal? numberTo = match.Groups["num2"].Success && ChineseNumberParser.TryParse(match.Groups["num2"].Value, out var to) ? to : null;

        if (unit is not null && NonRecordUnits.Contains(unit)) return null;
        // 86分 is a score; 3分别, 5分钟 and 三分之一 are not.
        if (unit == "分" && end < text.Length && text[end] is '别' or '之' or '钟') return null;
        var ratio = match.Groups["ratio"].Success;
        if (unit is null && mult.Length == 0 && !ratio)
        {
            // A bare number is a figure only after a comparison sign (<15000) or as a cell of its own.
            var sign = start > 0 && text[start - 1] is '<' or '＜' or '≤' or '>' or '＞' or '≥';
            var alone = text.AsSpan(0, start).Trim().Length <= 1 && text.AsSpan(end).Trim().Length == 0;
            if (chinese || !(sign || alone)) return null;
            if (number is >= 1900 and <= 2100 && !sign) return null;
        }
        if (chinese)
        {
            // Chinese numerals count things only with a classifier (九项, 两个), and 一 is an article (一批, 一个).
            if (unit is null || !(ChineseCountUnits.Contains(unit) || unit is "成" or "倍" or "%") || number < 2) return null;
            // 千家万户, 三门峡: a numeral inside an idiom or a place name.
            if (end < text.Length && (ChineseNumberParser.IsChineseDigit(text[end]) || text[end] is '万' or '亿')) return null;
            if (num.Contains('点') && unit != "成") return null;
        }
        if (IsExcludedContext(text, start, end, unit)) return null;
        // 20户以上自然村, 150万吨以上的物流园区, 1000亿元的基金: a figure that qualifies a noun defines a category.
        var qualifiesNoun = end < text.Length && (text[end] == '的' || (post is "以上" or "以下" or "及以上" or "及以下" && ChineseCharacters.IsUnifiedIdeograph(text[end])));

        if (unit == "成")
        {
            // 近六成: tenths.
            number *= 10;
            unit = "%";
        }
        else
        {
            unit = mult.Length == 0 ? unit : mult + (unit ?? "");
        }
        if (unit is "％") unit = "%";
        var baseUnit = mult.Length > 0 && unit is not null && unit.Length > mult.Length ? unit[mult.Length..] : unit;
        // 6大特色产业集群: 大 counts the things named after it, and is written 个.
        if (baseUnit == "大")
        {
            if (end >= text.Length || !ChineseCharacters.IsUnifiedIdeograph(text[end])) return null;
            unit = mult + "个";
            baseUnit = "大";
        }
        if (unit is "百分点") unit = "个百分点";

        var (operatorStart, plan, result, list) = OperatorsBefore(text, start);
        var planOp = plan ?? RecordOperator.Equal;
        var resultOp = result ?? RecordOperator.Equal;
        var change = planOp is RecordOperator.IncreaseBy or RecordOperator.DecreaseBy;
        if (!change)
        {
            if (post is "以上" or "及以上" || more) (planOp, resultOp) = (RecordOperator.AtLeast, RecordOperator.AtLeast);
            else if (post is "以内" or "以下" or "及以下" or "内") (planOp, resultOp) = (RecordOperator.AtMost, RecordOperator.AtMost);
            else if (post is "左右" or "上下") (planOp, resultOp) = (RecordOperator.Approx, RecordOperator.Approx);
        }
        var valueStart = start;
        var hedge = HedgeBefore(text, start);
        if (hedge > 0) valueStart = start - hedge;
        if (change && text.AsSpan(operatorStart, start - operatorStart).Contains("下降", StringComparison.Ordinal) && operatorStart == 0) valueStart = operatorStart;
        return new Figure
        {
            OperatorStart = operatorStart,
            NumberStart = start,
            End = end,
            Number = number,
            NumberTo = numberTo,
            Unit = unit,
            PlanOperator = numberTo is null ? planOp : RecordOperator.Range,
            ResultOperator = numberTo is null ? resultOp : RecordOperator.Range,
            Value = text[valueStart..end],
            List = list,
            CountsThings = baseUnit is not null && CountUnits.Contains(baseUnit),
            QualifiesNoun = qualifiesNoun,
            Specifies = !qualifiesNoun && Specifies(text, end, baseUnit),
            IsRatio = ratio,
        };
    }

    /// <summary>大唐700万吨露天矿, 日处理80吨污泥焚烧厂, 2小时内到达: a measure followed by the noun or verb it specifies.</summary>
    private static bool Specifies(string text, int end, string? unit)
    {
        if (unit is null || CountUnits.Contains(unit) || end + 1 >= text.Length) return false;
        if (!ChineseCharacters.IsUnifiedIdeograph(text[end]) || !ChineseCharacters.IsUnifiedIdeograph(text[end + 1])) return false;
        return !SpecifierExceptions.Contains(text[end]);
    }

    /// <summary>Characters that may follow a figure without making it a specification: connectives, qualifiers, and the verbs of a following clause.</summary>
    private static readonly HashSet<char> SpecifierExceptions =
    [
        '和', '及', '与', '或', '等', '左', '以', '的', '增', '提', '降', '下', '减', '同', '比', '较', '占', '居', '位', '为', '是', '达', '实', '完', '成',
        '突', '超', '稳', '持', '保', '继', '并', '其', '均', '分', '年', '上', '人', '次', '多', '余', '，', '、', '新', '建', '累', '共', '总', '全',
    ];

    /// <summary>第5, 前10, 连续9, 每十万, G20, 5G, 1+2+4+N, 2×66: not a figure of the indicator.</summary>
    private static bool IsExcludedContext(string text, int start, int end, string? unit)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (before is '第' or '每' or '+' or '＋' or '×' or '*' or '/' or '.' || char.IsAsciiLetterOrDigit(before)) return true;
            if (before == '-' && start >= 2 && char.IsAsciiLetter(text[start - 2])) return true;
            if (start >= 2 && text.AsSpan(start - 2, 2) is "连续" or "前后") return true;
            if (before == '前' && unit is null or "名" or "位") return true;
        }
        if (end < text.Length && (text[end] is '+' or '＋' or '×' or '*' or '级' or '型' || (char.IsAsciiLetter(text[end]) && unit is null))) return true;
        // “3个95%”, “十个全覆盖”: a number inside a short quoted name.
        var open = text.LastIndexOf('“', start);
        if (open >= 0)
        {
            var close = text.IndexOf('”', open);
            if (close >= end && close - open <= 16) return true;
        }
        return false;
    }

    /// <summary>The operator words before a number (分别增长约5%), read backwards: where they start, the operators in plan and result text, a list marker.</summary>
    private static (int Start, RecordOperator? Plan, RecordOperator? Result, ListMarker List) OperatorsBefore(string text, int numberStart)
    {
        var at = numberStart;
        RecordOperator? plan = null, result = null;
        var list = ListMarker.None;
        for (var step = 0; step < 4; step++)
        {
            var year = YearBeforeNumber.Match(text[..at]);
            if (year.Success && year.Index > 0)
            {
                // 增加到2015年的287.9亿元: the year between the verb and the figure belongs to the period, not the name.
                at = year.Index;
            }
            var found = false;
            foreach (var (word, planOp, resultOp, role) in OperatorWords)
            {
                if (at < word.Length || string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) != 0) continue;
                if (word.Length == 1 && at >= 2 && PartOfWord(word[0], text[at - 2])) continue;
                at -= word.Length;
                found = true;
                switch (role)
                {
                    case WordRole.Respectively: list = ListMarker.Respectively; break;
                    case WordRole.Each: if (list == ListMarker.None) list = ListMarker.Each; break;
                    case WordRole.Neutral: break;
                    default:
                        // The word nearest the number speaks last; a change word anywhere makes the figure a change (增长约5%).
                        var isChange = planOp is RecordOperator.IncreaseBy or RecordOperator.DecreaseBy;
                        if (plan is null || isChange) (plan, result) = (planOp, resultOp);
                        else if (plan is RecordOperator.Equal) (plan, result) = (planOp, resultOp);
                        break;
                }
                break;
            }
            if (!found) break;
        }
        return (at, plan, result, list);
    }

    /// <summary>Length of 超/近/约/逾 right before the number, which the value keeps as written (超千亿元, 近六成).</summary>
    private static int HedgeBefore(string text, int numberStart)
    {
        var hedge = 0;
        if (numberStart >= 2 && text.AsSpan(numberStart - 2, 2) is "超过" or "突破" or "接近" or "大约" or "不足") hedge = 2;
        else if (numberStart >= 1 && text[numberStart - 1] is '超' or '近' or '约' or '逾' or '<' or '＜' or '≤' or '>' or '＞' or '≥') hedge = 1;
        // The negation before the hedge stays with it: 不超过8分钟 must not read 超过8分钟, its opposite.
        return hedge > 0 && numberStart - hedge >= 1 && text[numberStart - hedge - 1] == '不' ? hedge + 1 : hedge;
    }

    /// <summary>新增, 公共, 统计, 成为: a one-character operator that is the end of another word.</summary>
    private static bool PartOfWord(char word, char before) => word switch
    {
        '增' => before is '新' or '倍' or '递',
        '减' => before is '核' or '消',
        '降' => before is '升' or '空',
        '为' => before is '作' or '成' or '认' or '因' or '行' or '视' or '称' or '列' or '更',
        '共' => before is '公',
        '计' => before is '统' or '设' or '预' or '会' or '估' or '审',
        '是' => before is '但' or '还' or '就' or '或' or '总',
        '达' => before is '到' or '表' or '传' or '下',
        '超' => before is '赶',
        _ => false,
    };

    private static bool IsRangeJoin(string text, int end, int nextStart)
    {
        if (nextStart - end != 1) return false;
        return text[end] is '-' or '–' or '—' or '~' or '～' or '至' or '到';
    }


    private enum WordRole { Operator, Respectively, Each, Neutral }

    private static (string, RecordOperator, RecordOperator, WordRole)[] BuildOperatorWords()
    {
        var words = new List<(string, RecordOperator, RecordOperator, WordRole)>();
        void Add(RecordOperator plan, RecordOperator result, params string[] list)
        {
            foreach (var w in list) words.Add((w, plan, result, WordRole.Operator));
        }
        Add(RecordOperator.AtLeast, RecordOperator.Equal,
            "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至", "上升到", "上升至", "增至", "升至",
            "达到", "达", "迈上", "跨上", "跃上", "站上", "跨越", "力争达到", "力争");
        Add(RecordOperator.AtMost, RecordOperator.Equal,
            "降到", "降至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "缩短到", "缩短至", "压减到", "压减至", "压缩到", "压缩至", "控制在", "缩小到", "缩小至");
        Add(RecordOperator.Equal, RecordOperator.Equal, "稳定在", "保持在", "保持", "为", "是", "计", "共", "合计", "累计", "总计", "共计", "完成", "实现");
        Add(RecordOperator.AtLeast, RecordOperator.AtLeast, "不低于", "不少于", "至少", "突破", "超过", "超出", "超", "逾", "高于", "多于", "大于", "≥", ">", "＞");
        Add(RecordOperator.AtMost, RecordOperator.AtMost, "不超过", "不高于", "不超", "低于", "少于", "小于", "不足", "≤", "<", "＜");
        Add(RecordOperator.Approx, RecordOperator.Approx, "大约", "约为", "约", "接近", "将近", "近");
        Add(RecordOperator.IncreaseBy, RecordOperator.IncreaseBy, "年均递增", "递增", "增长了", "增长", "增加了", "增加", "提高了", "提高", "提升了", "提升", "上升了", "上升", "扩大了", "扩大", "净增", "多增", "增", "上涨", "攀升");
        Add(RecordOperator.DecreaseBy, RecordOperator.DecreaseBy, "递减", "下降了", "下降", "降低了", "降低", "减少了", "减少", "缩减", "压减", "缩短了", "缩短", "削减", "减", "下调", "回落", "降");
        foreach (var w in new[] { "分别为", "分别是", "分别" }) words.Add((w, RecordOperator.Equal, RecordOperator.Equal, WordRole.Respectively));
        foreach (var w in new[] { "均为", "均", "都", "各" }) words.Add((w, RecordOperator.Equal, RecordOperator.Equal, WordRole.Each));
        foreach (var w in new[] { "年均", "平均", "同比", "了", "再", "就" }) words.Add((w, RecordOperator.Equal, RecordOperator.Equal, WordRole.Neutral));
        return words.OrderByDescending(w => w.Item1.Length).ToArray();
    }
}
