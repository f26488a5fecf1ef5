using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Extract.Prose.Indicators;

/// <summary>
/// The general grammar of indicators in running text, as real plans and reports write them: every figure of a clause
/// (<see cref="FigureScanner"/>) is given the indicator named before it (生产总值6.66万亿元), or the counted noun after it
/// (建成35个先导区); lists spread their figures over their items (A、B、C分别增长X%、Y%和Z%; A和B均达到X); a second figure
/// with no name of its own is the same indicator's change (货物进出口总额9.5万亿元、增长4.4%); the count verb of a list's
/// first item carries over (新增A 11个、B 9个); a figure after 由/从 is the next one's baseline, not a record.
/// </summary>
public sealed class IndicatorClausePattern : IProsePattern
{
    private const int Priority = 45;

    /// <summary>Lists are read by this grammar only: its reading wins over single-figure patterns on the same words.</summary>
    private const int ListPriority = 55;

    public IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        var figures = FigureScanner.Scan(text);
        if (figures.Count == 0) return [];
        var found = new List<ProseMatch>();
        string? lastName = null;
        string? clauseVerb = null;
        List<string>? lastHeads = null;
        var clauseStart = -1;
        var previousEnd = 0;
        Figure? baseline = null;
        var workSize = false;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var start = ClauseStart(text, figure.OperatorStart, sentence.LeadLength);
            if (start != clauseStart)
            {
                clauseStart = start;
                previousEnd = start;
                clauseVerb = null;
            }
            var from = Math.Max(previousEnd, clauseStart);
            var words = figure.OperatorStart > from ? text[from..figure.OperatorStart] : "";
            if (IsBaseline(words, text, figure))
            {
                baseline = figure;
                var trimmed = words.TrimEnd();
                var cut = Math.Max(trimmed.LastIndexOf('由'), trimmed.LastIndexOf('从'));
                var subject = cut > 0 ? IndicatorNames.Clean(trimmed[..cut]) : null;
                if (subject is not null) lastName = subject;
                previousEnd = figure.End;
                continue;
            }

            if (figure.IsWordValue)
            {
                var worded = FromWordValue(sentence, context, figure);
                found.AddRange(worded.Select(r => new ProseMatch(r, ListPriority, NameOrigin.WordValue)));
                if (worded.Count > 0) lastName = worded[^1].Name;
                previousEnd = figure.End + (figure.Predicate?.Length ?? 0);
                continue;
            }

            if (figure.List != ListMarker.None)
            {
                var run = ListRun(text, figures, i);
                var listed = FromList(sentence, context, words, from, run, figure.List, lastHeads, baseline);
                if (listed.Records.Count > 0)
                {
                    found.AddRange(listed.Records.Select(r => new ProseMatch(r, ListPriority, NameOrigin.ListItem)));
                    lastHeads = listed.Heads;
                    lastName = listed.Records[^1].Name;
                    i += run.Count - 1;
                    previousEnd = run[^1].End;
                    baseline = null;
                    continue;
                }
            }

            var name = IndicatorNames.Clean(words);
            var origin = NameOrigin.Direct;
            var nameStart = name is null ? figure.OperatorStart : from + Math.Max(0, words.IndexOf(name, StringComparison.Ordinal));
            var end = figure.End;
            var noun = CountedNoun(text, figure, i + 1 < figures.Count ? figures[i + 1].OperatorStart : text.Length);
            var verb = IndicatorNames.TrailingVerb(words.TrimEnd());
            if (figure.QualifiesNoun && ProjectName(text, figure, words) is { } project)
            {
                // 投资4500万元的伊敏河沿河道路工程: the money of the project named after the figure.
                var projectRecord = Build(sentence, context, project, figure, figure.OperatorStart, figure.End, baseline);
                found.Add(new ProseMatch(projectRecord, Priority, NameOrigin.FollowingNoun));
                previousEnd = figure.End;
                workSize = false;
                continue;
            }
            if ((figure.Specifies || figure.QualifiesNoun) && !figure.CountsThings && WorkUnits.Contains(figure.Unit ?? "")
                && (EndsWithWorkVerb(text[from..figure.NumberStart]) || workSize && IsListContinuation(words)) && WorkNoun(text, figure) is { } work)
            {
                // 年内完成2万平方米仓储库、400亩大棚建设任务: the size of the work done, named by the noun after the figure.
                var workRecord = Build(sentence, context, work.Name, figure, figure.OperatorStart, work.End, baseline);
                found.Add(new ProseMatch(workRecord, Priority, NameOrigin.FollowingNoun));
                previousEnd = work.End;
                workSize = true;
                continue;
            }
            workSize = false;
            if (figure.Specifies || (figure.QualifiesNoun && verb is null))
            {
                previousEnd = figure.End;
                continue;
            }
            if (figure.CountsThings && noun is not null)
            {
                if (IsEnumerationNoun(noun.Value.Noun) || words.EndsWith('与') || words.EndsWith('同') || words.EndsWith('跟') || RestatesList(text, figure, noun.Value.Noun))
                {
                    // 三个方面：一是…, 两个时段: the text counts its own points, not things to build.
                    previousEnd = figure.End;
                    continue;
                }
                // 建成35个先导区, 在北京等地建设8个中央级库, 和35个综合仓库 (the verb of the list's first item).
                var countVerb = verb ?? (words.Trim('和', '及', '、', ' ').Length == 0 ? clauseVerb : null);
                name = (countVerb ?? "") + LabelSubject(text, noun.Value.Noun) + noun.Value.Noun;
                origin = verb is null && countVerb is not null ? NameOrigin.Carried : NameOrigin.CountedNoun;
                nameStart = verb is not null ? figure.OperatorStart - verb.Length : figure.NumberStart;
                end = noun.Value.End;
                clauseVerb = countVerb ?? clauseVerb;
            }
            else if (name is not null)
            {
                var leading = IndicatorNames.LeadingVerb(name);
                if (leading is not null) clauseVerb = leading;
                else if (clauseVerb is not null && IsListContinuation(words))
                {
                    name = clauseVerb + name;
                    origin = NameOrigin.Carried;
                }
            }
            else if (lastName is not null && (figure.IsChange || words.Trim('、', '，', ' ').Length == 0))
            {
                // 货物进出口总额9.5万亿元、增长4.4%: the change of the indicator just named.
                name = lastName;
                origin = NameOrigin.PreviousIndicator;
            }
            if (name is null && figures.Count == 1 && IsWholeParagraph(sentence, figure))
            {
                // 生产安全事故死亡人数 / 下降15%: a table flattened to one cell per line puts the value under its label.
                name = LabelAbove(context);
                nameStart = figure.OperatorStart;
                origin = NameOrigin.LabelAbove;
            }
            if (name is null)
            {
                previousEnd = figure.End;
                continue;
            }
            if (figure.IsChange && baseline is null && AbsoluteUnit(figure.Unit) && !Compared(text, clauseStart, figure.OperatorStart))
            {
                // 完成林分优化提升200万亩, 增加学位超20万个: with an amount and nothing compared, the verb names the work and the figure is its size.
                var verbText = text[figure.OperatorStart..figure.NumberStart];
                var add = ChangeVerbPrefix(verbText);
                if (add is not null)
                {
                    name = noun is null || !figure.CountsThings ? name + add : name;
                    var hedge = figure.Value.StartsWith('超') || figure.Value.EndsWith("以上") ? RecordOperator.AtLeast : figure.Value.EndsWith("左右") || figure.Value.StartsWith('约') || figure.Value.StartsWith('近') ? RecordOperator.Approx : RecordOperator.Equal;
                    figure = figure with { PlanOperator = hedge, ResultOperator = hedge };
                }
            }
            if (figure.Unit is "%" && !figure.IsChange && (name.EndsWith("增速") || name.EndsWith("增幅")) && name.Length > 3)
            {
                // 规模以上工业增加值增速9.7%: the growth of the indicator.
                name = name[..^2];
                figure = figure with { PlanOperator = RecordOperator.IncreaseBy, ResultOperator = RecordOperator.IncreaseBy };
            }
            var record = Build(sentence, context, name, figure, nameStart, end, baseline);
            found.Add(new ProseMatch(record, Priority, origin));
            lastName = name;
            previousEnd = end;
            baseline = null;
        }
        return found;
    }

    private static readonly string[] FollowingVerbs =
    [
        "相继", "完成", "实现", "获得", "达到", "投入", "通过", "列入", "入选", "开通", "建成", "全部", "已", "基本", "顺利", "圆满", "成功", "纳入", "开工", "竣工", "投产", "创建", "改造", "落地", "获批", "挂牌",
    ];

    private static bool AbsoluteUnit(string? unit) => unit is not null && unit is not ("%" or "个百分点" or "‰" or "倍");

    /// <summary>比上年, 较2020年, 同比, 年均: the clause compares, so a change word is a change.</summary>
    private static bool Compared(string text, int from, int to)
    {
        var span = text.AsSpan(from, Math.Max(0, to - from));
        return span.Contains("比", StringComparison.Ordinal) || span.Contains("较", StringComparison.Ordinal) || span.Contains("年均", StringComparison.Ordinal) || span.Contains("净", StringComparison.Ordinal);
    }

    /// <summary>The change verb that is really the work named (提升, 增加, 扩大), or null for 增长/下降, which stay changes.</summary>
    private static string? ChangeVerbPrefix(string words)
    {
        foreach (var verb in new[] { "提升", "提高", "增加", "扩大", "新增", "增" })
        {
            if (words.Contains(verb, StringComparison.Ordinal)) return verb;
        }
        return null;
    }

    private static bool IsWholeParagraph(ProseSentence sentence, Figure figure) =>
        sentence.IsFirstInParagraph && sentence.Following.Count == 0 && figure.OperatorStart <= 1 && figure.End >= sentence.Text.Length - 1;

    /// <summary>The label line above a value line: short, without figures or sentence ends.</summary>
    private static string? LabelAbove(ExtractionContext context)
    {
        var label = context.PreviousParagraph?.Text.Trim();
        if (label is null || label.Length is < 2 or > 40 || label.EndsWith('。') || FigureScanner.Scan(label).Count > 0) return null;
        return IndicatorNames.Clean(label, maxLength: 40);
    }

    /// <summary>由2010年的162.4亿元增加到…, 从95分钟缩短至…: the first figure is where the indicator started.</summary>
    private static bool IsBaseline(string words, string text, Figure figure)
    {
        var trimmed = words.TrimEnd();
        if (!(trimmed.EndsWith('由') || trimmed.EndsWith('从') || trimmed.EndsWith("由上年的") || trimmed.EndsWith("从上年的")
              || System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"[由从](?:\d{4}年(?:底|末)?|“十[一二三四五六七八九]五”末|上年|去年|每人每月|每人每年|每月|每年)?的?$"))) return false;
        var after = text.AsSpan(figure.End, Math.Min(8, text.Length - figure.End));
        return after.StartsWith("增") || after.StartsWith("提") || after.StartsWith("降") || after.StartsWith("减") || after.StartsWith("扩") || after.StartsWith("上升")
            || after.StartsWith("缩") || after.StartsWith("下降") || after.StartsWith("压") || after.StartsWith("到") || after.StartsWith("至") || after.StartsWith("跃") || after.StartsWith("达");
    }

    /// <summary>The figures of a 分别/均 list: the first, and those that follow it joined only by 、 和 及 与 or a comma.</summary>
    private static List<Figure> ListRun(string text, IReadOnlyList<Figure> figures, int first)
    {
        var run = new List<Figure> { figures[first] };
        for (var j = first + 1; j < figures.Count; j++)
        {
            var gap = text.AsSpan(run[^1].End, figures[j].OperatorStart - run[^1].End).Trim();
            if (gap.Length > 2 || gap.ContainsAnyExcept("、和及与，,或")) break;
            if (figures[j].List != ListMarker.None) break;
            run.Add(figures[j]);
        }
        return run;
    }

    private static (List<Record> Records, List<string>? Heads) FromList(ProseSentence sentence, ExtractionContext context, string words, int from,
        List<Figure> run, ListMarker marker, List<string>? previousHeads, Figure? baseline)
    {
        var records = new List<Record>();
        var name = IndicatorNames.Clean(words, maxLength: 80);
        if (name is null) return (records, null);
        var (names, heads) = IndicatorNames.SplitList(name);
        var qualifier = Qualifier(run[^1]);
        if (marker == ListMarker.Respectively)
        {
            if (names.Count == 1 && previousHeads is not null && previousHeads.Count == run.Count)
            {
                // …事故起数分别下降…，死亡人数分别下降…: the second list names only the tail; the heads come from the first.
                names = previousHeads.Select(h => h + name).ToList();
                heads = previousHeads;
            }
            if (names.Count != run.Count) return (records, null);
            var op = run[0];
            for (var k = 0; k < run.Count; k++)
            {
                var figure = Inherit(run[k], op, qualifier);
                records.Add(Build(sentence, context, names[k], figure, figure.NumberStart, figure.End, baseline));
            }
            return (records, heads);
        }
        if (names.Count < 2 || run.Count != 1) return (records, null);
        var shared = run[0];
        var at = from;
        foreach (var item in names)
        {
            var itemStart = sentence.Text.IndexOf(item.Length > 2 ? item[..2] : item, at, StringComparison.Ordinal);
            if (itemStart < 0) itemStart = at;
            var itemEnd = Math.Min(itemStart + Math.Max(1, item.Length), shared.OperatorStart);
            records.Add(Build(sentence, context, item, shared, itemStart, Math.Max(itemEnd, itemStart + 1), baseline));
            at = Math.Max(at, itemEnd);
        }
        return (records, heads);
    }

    /// <summary>A later figure of a list takes the operator of the first (分别增长3.1%、5.1%) and the qualifier of the last (分别达2050万吨、19万吨以上).</summary>
    private static Figure Inherit(Figure figure, Figure first, string? qualifier)
    {
        var result = figure;
        if (first.IsChange && !figure.IsChange || figure.PlanOperator == RecordOperator.Equal && first.PlanOperator != RecordOperator.Equal)
            result = result with { PlanOperator = first.PlanOperator, ResultOperator = first.ResultOperator };
        if (qualifier is not null && !result.IsChange && result.PlanOperator == RecordOperator.Equal)
        {
            var op = qualifier is "以上" ? RecordOperator.AtLeast : qualifier is "以内" or "以下" ? RecordOperator.AtMost : RecordOperator.Approx;
            result = result with { PlanOperator = op, ResultOperator = op };
        }
        return result;
    }

    private static string? Qualifier(Figure figure)
    {
        foreach (var q in new[] { "以上", "以内", "以下", "左右" })
        {
            if (figure.Value.EndsWith(q, StringComparison.Ordinal)) return q;
        }
        return null;
    }

    private static bool IsListContinuation(string words)
    {
        var trimmed = words.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '、' or '和' or '及' or '与';
    }

    /// <summary>The noun a count figure is followed by (35个先导区), up to a separator or the next figure.</summary>
    private static (string Noun, int End)? CountedNoun(string text, Figure figure, int limit)
    {
        var at = figure.End;
        var end = at;
        while (end < limit && end < text.Length && end - at < 20)
        {
            var c = text[end];
            if (!(ChineseCharacters.IsUnifiedIdeograph(c) || c is '“' or '”' || (char.IsAsciiLetter(c)))) break;
            if (c is '和' or '及' or '与' or '的' or '等' && end > at) break;
            end++;
        }
        if (end - at < 2) return null;
        var noun = text[at..end];
        if (noun.StartsWith("以上", StringComparison.Ordinal) || noun.StartsWith("左右", StringComparison.Ordinal)) noun = noun[2..];
        if (noun.Length < 2 || IndicatorNames.IsBareVerb(noun) || noun[0] is '增' or '提' or '下' or '降' or '减' or '达' or '突' or '超' or '同' or '比' or '较') return null;
        // 40条高速公路相继开通, 9所标准化学校创建: the verb after the counted noun names the work, and is written first.
        for (var k = 2; k < noun.Length - 1; k++)
        {
            foreach (var verb in FollowingVerbs)
            {
                if (string.CompareOrdinal(noun, k, verb, 0, verb.Length) != 0) continue;
                var phrase = noun[k..];
                return (phrase.Length <= 6 ? phrase + noun[..k] : noun[..k], end);
            }
        }
        return (noun, end);
    }

    /// <summary>
    /// 安阳、商丘、信阳、三门峡四个端点城市: a count in words right after a list of three or more names only restates how many
    /// the list named; it measures nothing the plan delivers. Works (三项建设, 两个工程) stay counts.
    /// </summary>
    private static bool RestatesList(string text, Figure figure, string noun)
    {
        if (char.IsAsciiDigit(text[figure.NumberStart]) || figure.OperatorStart != figure.NumberStart) return false;
        var head = noun.Length > 4 ? noun[..4] : noun;
        if (head.Contains("建设") || head.Contains("工程") || head.Contains("项目") || head.Contains("任务")) return false;
        var start = figure.NumberStart;
        var clause = start;
        while (clause > 0 && text[clause - 1] is not ('，' or ',' or '；' or ';' or '：' or ':' or '。')) clause--;
        var before = text.AsSpan(clause, start - clause);
        if (before.Length == 0 || before[^1] == '等' || !ChineseCharacters.IsUnifiedIdeograph(before[^1])) return false;
        return before.Count('、') >= 2;
    }

    /// <summary>
    /// A value written as a word (全覆盖, 全部, 翻番, 倍增) goes to every subject of its clause: A、B实现州（市）全覆盖 gives
    /// A州（市）覆盖 and B州（市）覆盖; 全部 keeps its predicate (县域医共体全部达到紧密型标准 → 县域医共体达到紧密型标准) and
    /// its subject whole (行政村和自然村全部通硬化路 is one coverage).
    /// </summary>
    private static List<Record> FromWordValue(ProseSentence sentence, ExtractionContext context, Figure figure)
    {
        var text = sentence.Text;
        var start = figure.OperatorStart;
        // Brackets belong to the subject here (州（市）), so only a comma or a stop ends the clause.
        while (start > 0 && text[start - 1] is not ('，' or ',' or '；' or ';' or '：' or ':' or '。')) start--;
        start = Math.Max(start, Math.Min(sentence.LeadLength, figure.OperatorStart));
        var words = text[start..figure.OperatorStart];
        // 第二年实现…全覆盖, 2027年前实现…: a deliverable with a date, which the milestone grammar reads.
        var dated = PeriodParser.Find(words);
        if (dated is not null && dated.Index == 0 && (dated.Value.StartsWith('第') || words.Contains('前'))) return [];
        var subjectWords = words;
        var what = "";
        foreach (var verb in ReachVerbs)
        {
            var at = words.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0) continue;
            (subjectWords, what) = (words[..at], words[(at + verb.Length)..]);
            break;
        }
        subjectWords = LeadingCount.Replace(subjectWords, "");
        var subject = IndicatorNames.Clean(subjectWords, maxLength: 80);
        // 三年内实现社区网点全覆盖: a period before the verb is the horizon, not the subject.
        if (subject is not null && PeriodParser.Find(subject) is { } period && period.Index == 0 && period.Length == subject.Length) subject = null;
        var tail = what.Replace("全部", "").Replace("所有", "") + (figure.Predicate ?? "") + (figure.Value == "全覆盖" ? "覆盖" : "");
        var records = new List<Record>();
        if (subject is null && tail.Length < 4) return records;
        List<string> items = subject is null ? [""] : figure.Value == "全部" ? [subject] : IndicatorNames.SplitList(subject).Names;
        var end = figure.End + (figure.Predicate?.Length ?? 0);
        var itemStart = start;
        foreach (var listed in items)
        {
            // 40家学生集体用餐配送单位: the count is a record of its own, not part of the coverage's name.
            var item = LeadingCount.Replace(listed, "");
            var name = item + tail;
            if (name.Length < 3 || IndicatorNames.IsBareVerb(name)) continue;
            if (items.Count == 1)
            {
                // One subject: the record spans the value and its predicate, leaving a count before it (124个县域医共体) its own span.
                records.Add(Build(sentence, context, name, figure, figure.OperatorStart, end, baseline: null));
                break;
            }
            var at = item.Length >= 2 ? text.IndexOf(item[..2], itemStart, StringComparison.Ordinal) : -1;
            if (at < 0 || at >= figure.OperatorStart) at = itemStart;
            records.Add(Build(sentence, context, name, figure, at, Math.Min(at + Math.Max(1, item.Length), figure.OperatorStart), baseline: null));
            itemStart = Math.Min(at + 1, figure.OperatorStart);
        }
        return records;
    }

    private static readonly string[] ReachVerbs = ["实现", "达到", "做到"];

    private static readonly System.Text.RegularExpressions.Regex LeadingCount = new(
        @"^(?:全省|全市|全区|全县)?\d+(?:\.\d+)?[万亿]?[个家所条座处项]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);


    /// <summary>Nouns that count parts of the text or of an argument (三个方面, 两个阶段), never things a plan delivers.</summary>
    private static bool IsEnumerationNoun(string noun)
    {
        foreach (var word in NamedSetNouns)
        {
            if (noun.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        foreach (var word in EnumerationNouns)
        {
            if (noun.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] EnumerationNouns =
    [
        "方面", "方向", "阶段", "层面", "环节", "领域", "维度", "时段", "类型", "板块", "部分", "步骤", "问题", "目标", "任务", "重点", "原则", "体系", "机制",
        "规定", "精神", "确立", "维护", "发展理念", "特点", "特征", "优势", "短板", "难题", "矛盾", "关系", "理念", "要求", "定位", "战略", "行动", "举措", "措施", "路径", "抓手", "专业方向", "大类",
    ];

    /// <summary>Units that measure the size of a piece of work (area, length), not the capacity that specifies a plant.</summary>
    private static readonly HashSet<string> WorkUnits = ["平方米", "万平方米", "亩", "万亩", "公顷", "公里", "千米", "平方公里", "米"];

    private static readonly string[] WorkVerbs = ["完成", "新建", "建设", "建成", "实施", "改造", "铺设", "修建"];

    private static bool EndsWithWorkVerb(string words)
    {
        var trimmed = words.TrimEnd();
        foreach (var verb in WorkVerbs)
        {
            if (trimmed.EndsWith(verb, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The work a size figure measures: the noun after it up to a list break, without 的 and the word 任务 (的绿化任务 → 绿化).</summary>
    private static (string Name, int End)? WorkNoun(string text, Figure figure)
    {
        var at = figure.End;
        if (at < text.Length && text[at] == '的') at++;
        var end = at;
        while (end < text.Length && end - at < 24 && text[end] is not ('、' or '，' or ',' or '；' or ';' or '。' or '和' or '及') && !char.IsAsciiDigit(text[end])) end++;
        var noun = text[at..end].Replace("的", "");
        foreach (var suffix in new[] { "工作任务", "任务", "工作" })
        {
            if (noun.EndsWith(suffix, StringComparison.Ordinal) && noun.Length > suffix.Length + 1) { noun = noun[..^suffix.Length]; break; }
        }
        return noun.Length >= 2 && noun.All(ChineseCharacters.IsUnifiedIdeograph) ? (noun, end) : null;
    }

    /// <summary>
    /// 总投资30亿元的红星美凯龙城市商贸综合体项目当年…: money invested, followed by 的 and the project, is the project's 投资 or 总投资,
    /// named by the project up to its last head word (工程, 项目, 中心 …).
    /// </summary>
    private static string? ProjectName(string text, Figure figure, string words)
    {
        if (figure.Unit is null || !figure.Unit.EndsWith('元') || figure.End >= text.Length || text[figure.End] != '的') return null;
        var trimmed = words.TrimEnd();
        var measure = trimmed.EndsWith("总投资") ? "总投资" : trimmed.EndsWith("投资") ? "投资" : null;
        if (measure is null) return null;
        var at = figure.End + 1;
        var end = at;
        while (end < text.Length && end - at < 30 && text[end] is not ('，' or ',' or '；' or ';' or '。' or '、')) end++;
        var phrase = text[at..end];
        var head = -1;
        foreach (var word in ProjectHeads)
        {
            var found = phrase.LastIndexOf(word, StringComparison.Ordinal);
            if (found >= 0) head = Math.Max(head, found + word.Length);
        }
        return head >= 2 ? phrase[..head] + measure : null;
    }

    private static readonly string[] ProjectHeads = ["工程", "项目", "中心", "综合体", "基地", "园区", "设施"];

    /// <summary>
    /// 2．森林消防应急物资：…建设7个中央级库: a short counted noun (中央级库) is completed by the subject a numbered lead label
    /// names at the start of the sentence, or is left as it is ("").
    /// </summary>
    private static string LabelSubject(string text, string noun)
    {
        if (noun.Length > 5) return "";
        var label = NumberedLabel.Match(text);
        if (!label.Success) return "";
        var subject = label.Groups["label"].Value;
        return subject.Contains("目标") || subject.Contains("任务") || subject.Contains("要求") || subject.Contains("措施") || noun.Contains(subject) ? "" : subject;
    }

    private static readonly System.Text.RegularExpressions.Regex NumberedLabel = new(
        @"^\s*(?:\d{1,2}\s*[．.、]|[（(][一二三四五六七八九十\d]{1,2}[）)])\s*(?<label>[\u4e00-\u9fff]{2,16})[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>What a set of rules or duties is called (中央八项规定, 三项制度, 两件大事): the number is part of a name.</summary>
    private static readonly string[] NamedSetNouns = ["规定", "制度", "大事", "原则", "纪律", "禁令"];

    private static int ClauseStart(string text, int position, int leadLength)
    {
        for (var k = position - 1; k >= 0; k--)
        {
            if (text[k] is '，' or ',' or '；' or ';' or '：' or ':' or '（' or '(' or '）' or ')' or '。') return Math.Max(k + 1, Math.Min(leadLength, position));
        }
        return Math.Min(leadLength, position);
    }

    private static Record Build(ProseSentence sentence, ExtractionContext context, string name, Figure figure, int start, int end, Figure? baseline)
    {
        var kind = KindOf(name, figure);
        var verb = figure.IsChange ? (figure.PlanOperator == RecordOperator.IncreaseBy ? "增长" : "下降") : null;
        var record = ProseRecords.Create(context, sentence, kind, name, start, Math.Max(end, start + 1), verb);
        var plan = record.Scope == RecordScope.Plan;
        var op = plan ? figure.PlanOperator : figure.ResultOperator;
        var measure = record.Measure!;
        var direction = measure.Direction ?? ProseRecords.DirectionFromOp(op);
        return record with
        {
            Details = measure with
            {
                Value = figure.Value,
                Number = figure.Number,
                NumberTo = figure.NumberTo,
                Unit = figure.Unit,
                Op = op,
                Direction = direction,
                Baseline = baseline?.Value,
                BaselineNumber = baseline?.Number,
            },
            Period = OwnPeriod(context, sentence, figure.OperatorStart),
        };
    }

    /// <summary>
    /// The period the sentence itself writes before the figure (到2030年, 今年, “十四五”期间, 五年来), or null: headings and
    /// paragraph openings are the period trail's business, so a heading's 2025年 never overrides a passage on the five years.
    /// </summary>
    private static string? OwnPeriod(ExtractionContext context, ProseSentence sentence, int before)
    {
        string? found = null;
        var at = -1;
        foreach (var match in context.PeriodsIn(sentence))
        {
            if (match.Index + match.Length > before) break;
            if (match.Index > 0 && sentence.Text[match.Index - 1] is '较' or '比' or '由' or '从' or '与' or '和' or '同') continue;
            if (sentence.Text.AsSpan(match.Index + match.Length).StartsWith("相比")) continue;
            (found, at) = (PeriodParser.Normalize(match.Value), match.Index);
        }
        foreach (System.Text.RegularExpressions.Match match in RelativePeriod.Matches(sentence.Text[..Math.Min(before, sentence.Text.Length)]))
        {
            if (match.Index > 0 && sentence.Text[match.Index - 1] is '较' or '比' or '与' or '同') continue;
            if (match.Index > at) (found, at) = (match.Value.Trim('“', '”'), match.Index);
        }
        if (found is null && sentence.LeadPeriod is not null) return sentence.LeadPeriod;
        return found;
    }

    private static readonly System.Text.RegularExpressions.Regex RelativePeriod = new(
        @"“?十[一二三四五六七八九]五”?(?=时期|期间|以来|期末|末|，)|过去的?五年|五年来|过去一年|一年来|上年|去年|明年",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Rates, shares, changes in percent, multiples and per-capita ratios are KPIs; amounts and counts are targets.</summary>
    private static RecordKind KindOf(string name, Figure figure)
    {
        if (figure.Unit is "%" or "‰" or "个百分点" or "倍" or "分" || figure.IsRatio) return RecordKind.Kpi;
        if (name.EndsWith("满意度") || name.EndsWith("时间") || name.EndsWith("时长") || name.EndsWith("周期")) return RecordKind.Kpi;
        if (name.EndsWith('率') || name.EndsWith("比重") || name.EndsWith("比例") || name.EndsWith("占比") || name.EndsWith("指数") || name.EndsWith("系数") || name.EndsWith("强度")) return RecordKind.Kpi;
        if (name.StartsWith('每') || name.Contains("每千") || name.Contains("每万") || name.Contains("每十万") || name.Contains("每百万")) return RecordKind.Kpi;
        if (figure.Unit is "小时" or "分钟" or "秒" or "个月" && !name.EndsWith("天数")) return RecordKind.Kpi;
        return RecordKind.Target;
    }
}
