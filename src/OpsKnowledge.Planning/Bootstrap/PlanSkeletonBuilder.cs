using System.Globalization;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Comparison;

namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Builds a plan skeleton from chosen plans: their shared outline, and target, KPI, risk and milestone tables filled from their plan-scope records.</summary>
public sealed partial class PlanSkeletonBuilder
{
    private const int MaxLevel = 3;

    // Which heading a table goes under: the first keyword (in this order) that some heading title contains wins.
    private static readonly Dictionary<SkeletonTableKind, string[]> HeadingKeywords = new()
    {
        [SkeletonTableKind.Targets] = ["年度目标", "经营目标", "运营目标", "工作目标", "目标"],
        [SkeletonTableKind.PlanYearTargets] = ["年度目标", "经营目标", "运营目标", "工作目标", "目标"],
        [SkeletonTableKind.PeriodTargets] = ["年度目标", "经营目标", "运营目标", "工作目标", "目标"],
        [SkeletonTableKind.Staffing] = ["人员配置", "人力资源", "人员", "团队", "组织"],
        [SkeletonTableKind.Budget] = ["投资计划", "预算", "投资", "资金", "成本", "财务"],
        [SkeletonTableKind.Kpis] = ["关键绩效指标", "kpi", "绩效指标", "考核指标", "运营指标", "指标", "考核", "绩效"],
        [SkeletonTableKind.Risks] = ["风险"],
        [SkeletonTableKind.Milestones] = ["里程碑", "进度安排", "时间安排", "实施计划", "实施步骤", "进度", "计划安排"],
    };

    public PlanSkeleton Build(IReadOnlyList<Document> plans, IEnumerable<Record> records, PlanSkeletonOptions? options = null)
    {
        options ??= PlanSkeletonOptions.Default;
        var ids = plans.Select(p => p.Id).ToList();
        var docOrder = ids.Select((id, i) => (id, i)).DistinctBy(x => x.id).ToDictionary(x => x.id, x => x.i);
        var planRecords = records
            .Where(r => r.Scope == RecordScope.Plan && docOrder.ContainsKey(r.Doc))
            .OrderBy(r => docOrder[r.Doc])
            .ThenBy(r => r.Source.Start)
            .ToList();

        var outline = AlignOutline(plans, options.MinShare);
        var tables = new List<SkeletonTable>();
        // The yearly targets table is always there to fill in; the others only when the plans have something for them.
        tables.AddRange(YearTables(plans, planRecords, options).Where(t => t.Kind == SkeletonTableKind.Targets || t.FilledRows > 0));
        tables.AddRange(new[]
        {
            Kpis(planRecords, options),
            Risks(planRecords),
            Milestones(planRecords),
        });
        tables = tables.Select(t => t with { HeadingIndex = HeadingFor(t.Kind, outline) }).ToList();
        return new PlanSkeleton { Title = options.Title, Plans = ids, Outline = outline, Tables = tables };
    }

    private sealed record HeadingOccurrence(string Key, string Title, string Written, int Level, double Position, string Doc, IReadOnlyList<string> Ancestors);

    /// <summary>
    /// Headings aligned by meaning (numbering stripped, wordings of one concept as one key); kept when shared widely enough;
    /// nested under the kept heading most plans put them under; siblings ordered by average relative position; numbered afresh.
    /// </summary>
    private static List<SkeletonHeading> AlignOutline(IReadOnlyList<Document> plans, double minShare)
    {
        var occurrences = new List<HeadingOccurrence>();
        foreach (var plan in plans)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var keys = new string?[plan.Sections.Count];
            var count = plan.Sections.Count;
            foreach (var section in plan.Sections)
            {
                var title = HeadingTitleKey.StripNumber(section.Title);
                var plain = HeadingTitleKey.Of(title);
                var ancestors = AncestorKeys(plan, section, keys);
                // A subsection of the same concept as its chapter (背景 > 现状) keeps its own wording as key.
                var key = HeadingConcepts.Of(plain) is { } concept && !ancestors.Contains(concept) ? concept : plain;
                if (section.Index < keys.Length) keys[section.Index] = key;
                // A title repeated inside one plan (a "工作目标" under every chapter) aligns by its first use only.
                if (key.Length == 0 || !seen.Add(key)) continue;
                occurrences.Add(new HeadingOccurrence(key, title, section.Heading.Trim(), section.Level,
                    (section.Index + 0.5) / Math.Max(count, 1), plan.Id, ancestors));
            }
        }

        var planCount = plans.Select(p => p.Id).Distinct().Count();
        var needed = planCount <= 1 ? 1 : (int)Math.Ceiling(planCount * minShare);
        var groups = occurrences.GroupBy(o => o.Key).Where(g => g.Select(o => o.Doc).Distinct().Count() >= needed).ToList();
        var keptKeys = groups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var kept = groups
            .Select(g => new AlignedHeading(
                g.Key,
                g.GroupBy(o => o.Title).OrderByDescending(t => t.Count()).ThenBy(t => t.Min(o => o.Position)).First().Key,
                // The parent: the nearest kept ancestor, as most plans have it (none counts as a vote for the top level).
                g.Select(o => o.Ancestors.LastOrDefault(keptKeys.Contains) ?? "")
                    .GroupBy(p => p).OrderByDescending(p => p.Count()).ThenBy(p => p.Key.Length == 0 ? 1 : 0).First().Key,
                g.Average(o => o.Position),
                g.Select(o => o.Doc).Distinct().Count(),
                g.Select(o => $"{o.Doc} › {o.Written}").ToList()))
            .ToDictionary(h => h.Key, StringComparer.Ordinal);

        var outline = new List<SkeletonHeading>(kept.Count);
        var children = kept.Values.GroupBy(h => ParentOf(h, kept)).ToDictionary(g => g.Key, g => g.OrderBy(h => h.Position).ThenBy(h => h.Title, StringComparer.Ordinal).ToList());
        var counters = new int[MaxLevel + 1];
        void Walk(string parent, int level)
        {
            if (!children.TryGetValue(parent, out var list)) return;
            foreach (var heading in list)
            {
                var shown = Math.Min(level, MaxLevel);
                counters[shown]++;
                for (var deeper = shown + 1; deeper <= MaxLevel; deeper++) counters[deeper] = 0;
                var number = string.Join(".", counters.Skip(1).Take(shown).Select(c => c.ToString(CultureInfo.InvariantCulture)));
                outline.Add(new SkeletonHeading { Level = shown, Number = number, Title = heading.Title, PlanCount = heading.Plans, Sources = heading.Sources });
                Walk(heading.Key, level + 1);
            }
        }
        Walk("", 1);
        return outline;
    }

    private sealed record AlignedHeading(string Key, string Title, string Parent, double Position, int Plans, IReadOnlyList<string> Sources);

    /// <summary>The heading's parent key, or "" when a parent chain would loop back to it.</summary>
    private static string ParentOf(AlignedHeading heading, Dictionary<string, AlignedHeading> kept)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { heading.Key };
        for (var parent = heading.Parent; parent.Length > 0; parent = kept.TryGetValue(parent, out var up) ? up.Parent : "")
        {
            if (!seen.Add(parent)) return "";
        }
        return heading.Parent;
    }

    private static List<string> AncestorKeys(Document plan, Section section, string?[] keys)
    {
        var chain = new List<string>();
        for (var index = section.ParentIndex; index is int i && i >= 0 && i < keys.Length; index = plan.Sections[i].ParentIndex)
        {
            if (keys[i] is { Length: > 0 } key) chain.Insert(0, key);
            if (chain.Count > 16) break;
        }
        return chain;
    }

    private static int? HeadingFor(SkeletonTableKind kind, IReadOnlyList<SkeletonHeading> outline)
    {
        foreach (var keyword in HeadingKeywords[kind])
        {
            for (var i = 0; i < outline.Count; i++)
            {
                if (HeadingTitleKey.Of(outline[i].Title).Contains(keyword, StringComparison.Ordinal)) return i;
            }
        }
        return null;
    }

    private enum Topic { Targets, Staffing, Budget }

    private sealed record Dated(Record Record, string Measure, int? Year, int? PlanYear, Topic Topic);

    /// <summary>
    /// Targets that name a period, split by topic (targets, staffing, budget) and put on one time axis: calendar years when any
    /// plan uses them (第N年 converted from the plan's stated start year; plans that state none kept apart), else plan years.
    /// Other periods (quarters, 三年累计) get a table of their own. One row per measure and plan, one unit per row (万元/亿元 converted),
    /// numbers stored as numbers.
    /// </summary>
    private static IEnumerable<SkeletonTable> YearTables(IReadOnlyList<Document> plans, List<Record> records, PlanSkeletonOptions options)
    {
        var startYears = plans.DistinctBy(p => p.Id).ToDictionary(p => p.Id, PlanTimeAxis.StartYear);
        // Investment, budget and cost structure are one table whatever their period (三年累计, 2026年, a share without one).
        var budget = records.Where(r => r.Kind == RecordKind.Target && TopicOf(r) == Topic.Budget).ToList();
        var dated = records.Where(r => r.Kind == RecordKind.Target && !string.IsNullOrWhiteSpace(r.Period) && TopicOf(r) != Topic.Budget)
            .Select(r => new Dated(r, MeasureName(r, options.Canonicalize), PlanTimeAxis.CalendarYear(r.Period), PlanTimeAxis.PlanYear(r.Period), TopicOf(r)))
            .ToList();
        var calendarAxis = dated.Any(d => d.Year is not null);
        // On a calendar axis a plan year becomes a calendar year where the plan says when year 1 is.
        dated = dated.Select(d => calendarAxis && d.PlanYear is { } n && startYears.GetValueOrDefault(d.Record.Doc) is { } start ? d with { Year = start + n - 1, PlanYear = null } : d).ToList();
        var units = RowUnits(dated.Select(d => d.Record).Concat(budget), options);

        var onAxis = dated.Where(d => calendarAxis ? d.Year is not null : d.PlanYear is not null).ToList();
        var apart = calendarAxis ? dated.Where(d => d.Year is null && d.PlanYear is not null).ToList() : [];
        var other = dated.Where(d => d.Year is null && d.PlanYear is null).ToList();

        string Label(Dated d) => calendarAxis && d.Year is { } y ? $"{y}年" : $"第{d.PlanYear}年";
        var topics = new[] { (Topic.Targets, SkeletonTableKind.Targets, "年度目标", "目标"), (Topic.Staffing, SkeletonTableKind.Staffing, "人员配置", "人员") };
        foreach (var (topic, kind, title, sheet) in topics)
        {
            yield return AxisTable(kind, title, sheet, onAxis.Where(d => d.Topic == topic).ToList(), Label, units);
        }
        yield return AxisTable(SkeletonTableKind.PlanYearTargets, "年度目标（第N年，方案未注明起始年份）", "目标(第N年)", apart, d => $"第{d.PlanYear}年", units);

        yield return ListTable(SkeletonTableKind.PeriodTargets, "其他期间目标", "期间目标", "目标值", other.Select(d => d.Record), units, options);
        yield return ListTable(SkeletonTableKind.Budget, "投资与成本", "预算", "数值", budget, units, options);
    }

    /// <summary>One row per record: measure, period as written, value in the measure's unit.</summary>
    private static SkeletonTable ListTable(SkeletonTableKind kind, string title, string sheet, string valueColumn, IEnumerable<Record> records,
        Dictionary<(string, string), string?> units, PlanSkeletonOptions options)
    {
        var rows = new List<IReadOnlyList<string>>();
        var numbers = new List<IReadOnlyList<SkeletonNumber?>>();
        foreach (var record in records)
        {
            var measure = MeasureName(record, options.Canonicalize);
            var unit = units.GetValueOrDefault((measure, record.Doc));
            var (text, number) = Cell(record, unit);
            rows.Add([measure, record.Period?.Trim() ?? "", text, unit ?? UnitConverter.Normalize(record.Measure?.Unit) ?? "", SourceOf(record)]);
            numbers.Add([null, null, number, null, null]);
        }
        return Table(kind, title, sheet, ["指标", "期间", valueColumn, "单位", "来源"], rows) with { Numbers = Pad(numbers, 5) };
    }

    private static SkeletonTable AxisTable(SkeletonTableKind kind, string title, string sheet, List<Dated> dated, Func<Dated, string> label, Dictionary<(string, string), string?> units)
    {
        var periods = dated.OrderBy(d => d.Year ?? d.PlanYear).Select(label).Distinct().ToList();
        var rows = new List<IReadOnlyList<string>>();
        var numbers = new List<IReadOnlyList<SkeletonNumber?>>();
        foreach (var group in dated.GroupBy(d => (d.Measure, d.Record.Doc)))
        {
            var unit = units.GetValueOrDefault(group.Key);
            var cells = new List<string> { group.Key.Measure };
            var values = new List<SkeletonNumber?> { null };
            var doubts = new List<string>();
            foreach (var period in periods)
            {
                // 2028年 from the yearly table and 2028年底 from the text say one thing: the table's cell wins.
                var record = group.Where(d => label(d) == period).Select(d => d.Record)
                    .OrderByDescending(r => r.Source.Table is not null).ThenBy(r => r.Source.Start).FirstOrDefault();
                var (text, number) = record is null ? ("", null) : Cell(record, unit);
                if (record is { Uncertain: true }) doubts.Add(Doubt(record));
                cells.Add(text);
                values.Add(number);
            }
            cells.Add(unit ?? "");
            cells.Add(SourceLabel.Of(group.Key.Doc, group.First().Record.Section) + string.Concat(doubts.Distinct()));
            values.AddRange([null, null]);
            rows.Add(cells);
            numbers.Add(values);
        }
        var columns = (IReadOnlyList<string>)["指标", .. periods, "单位", "来源"];
        return Table(kind, title, sheet, columns, rows) with { Numbers = Pad(numbers, columns.Count) };
    }

    /// <summary>The one unit of each measure's row per plan: per unit family the unit most of the measure's values use across the plans.</summary>
    private static Dictionary<(string, string), string?> RowUnits(IEnumerable<Record> records, PlanSkeletonOptions options)
    {
        var result = new Dictionary<(string, string), string?>();
        foreach (var measure in records.GroupBy(r => MeasureName(r, options.Canonicalize)))
        {
            var common = measure.Select(r => UnitConverter.Normalize(r.Measure?.Unit)).Where(u => u is not null)
                .GroupBy(u => UnitConverter.TryGetScale(u, out var family, out _) ? family : u!)
                .ToDictionary(g => g.Key, g => g.GroupBy(u => u).OrderByDescending(u => u.Count()).First().Key);
            foreach (var plan in measure.GroupBy(r => r.Doc))
            {
                var unit = plan.Select(r => UnitConverter.Normalize(r.Measure?.Unit)).FirstOrDefault(u => u is not null);
                if (unit is not null && UnitConverter.TryGetScale(unit, out var family, out _) && common.TryGetValue(family, out var shared)) unit = shared;
                // Head counts often come without a unit in the cells (仓储作业 236): they are people.
                unit ??= TopicOf(plan.First()) == Topic.Staffing ? "人" : null;
                result[(measure.Key, plan.Key)] = unit;
            }
        }
        return result;
    }

    /// <summary>The cell in the row's unit: the converted number as text and as a number; the value as written when it cannot be converted.</summary>
    private static (string Text, SkeletonNumber? Number) Cell(Record record, string? rowUnit)
    {
        var unit = UnitConverter.Normalize(record.Measure?.Unit);
        // A value resting on a guessed repair stays text with its mark, so no spreadsheet formula takes it for a number.
        if (record.Uncertain) return (Marked(ValueText(record), record), null);
        if (record.Measure?.Number is not { } n || record.Measure?.NumberTo is not null) return (ValueText(record), null);
        var converted = unit is null || rowUnit is null ? n : UnitConverter.Convert(n, unit, rowUnit);
        if (converted is not { } value) return (ValueText(record), null);
        var prefix = BoundPrefix(record.Measure?.Value);
        return (prefix + UnitConverter.Format(value), new SkeletonNumber(value, prefix));
    }

    /// <summary>"≥" or "≤" when the value as written is a floor or a ceiling (≥95%, 30分钟以内), else "".</summary>
    private static string BoundPrefix(string? written)
    {
        if (string.IsNullOrEmpty(written)) return "";
        if (ContainsAny(written, "≥", ">=", "以上", "不低于", "不少于", "至少", "突破")) return "≥";
        if (ContainsAny(written, "≤", "<=", "以内", "以下", "不超过", "不高于", "控制在")) return "≤";
        return "";
    }

    private static Topic TopicOf(Record record)
    {
        var section = record.Section ?? "";
        var innermost = section[(section.LastIndexOf(" > ", StringComparison.Ordinal) + 1)..];
        if (ContainsAny(innermost, "人员", "人力", "编制", "岗位", "定员")) return Topic.Staffing;
        if (ContainsAny(innermost, "投资", "预算", "资金", "成本", "费用", "财务")) return Topic.Budget;
        return Topic.Targets;
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static List<IReadOnlyList<SkeletonNumber?>> Pad(List<IReadOnlyList<SkeletonNumber?>> numbers, int columns)
    {
        // Table() adds one blank row when nothing was found; the numbers follow its shape.
        if (numbers.Count == 0) numbers.Add(Enumerable.Repeat<SkeletonNumber?>(null, columns).ToList());
        return numbers;
    }

    private static SkeletonTable Kpis(List<Record> records, PlanSkeletonOptions options)
    {
        var kpis = records.Where(r => r.Kind == RecordKind.Kpi)
            .GroupBy(r => (Key: KpiKey(r, options.Canonicalize), r.Doc, Period: r.Period?.Trim() ?? ""))
            .Select(g => g.OrderByDescending(r => r.Measure?.Number is not null).ThenByDescending(r => r.Confidence).First())
            .ToList();
        // Keep one KPI's rows from different plans together, in the order the KPIs first appear.
        var kpiOrder = kpis.Select(r => KpiKey(r, options.Canonicalize)).Distinct().Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var ordered = kpis.OrderBy(r => kpiOrder[KpiKey(r, options.Canonicalize)]).ToList();
        var rows = ordered
            .Select(r => (IReadOnlyList<string>)
            [
                MeasureName(r, options.Canonicalize), BaselineText(r), Marked(ValueText(r), r), UnitConverter.Normalize(r.Measure?.Unit) ?? "", r.Period ?? "", SourceOf(r),
            ])
            .ToList();
        // The text keeps the wording (≥92分); the spreadsheet gets 92 with a ≥ number format, the unit in its own column.
        var numbers = ordered
            .Select(r => (IReadOnlyList<SkeletonNumber?>)
            [
                null,
                r.Measure?.BaselineNumber is { } b ? new SkeletonNumber(b) : null,
                r.Measure?.Number is { } n && r.Measure?.NumberTo is null && !r.Uncertain ? new SkeletonNumber(n, BoundPrefix(r.Measure?.Value)) : null,
                null, null, null,
            ])
            .ToList();
        return Table(SkeletonTableKind.Kpis, "关键绩效指标", "KPI", ["指标", "基准值", "目标值", "单位", "考核周期", "来源"], rows) with { Numbers = Pad(numbers, 6) };
    }

    private static SkeletonTable Risks(List<Record> records)
    {
        var rows = records.Where(r => r.Kind == RecordKind.Risk)
            .DistinctBy(r => (HeadingTitleKey.Of(r.Name), r.Doc))
            .Select(r => (IReadOnlyList<string>)
            [
                Marked(r.Name, r), r.Risk?.Level ?? "", r.Risk?.Likelihood ?? "", r.Risk?.Impact ?? "", r.Risk?.Mitigation ?? "", SourceOf(r),
            ])
            .ToList();
        return Table(SkeletonTableKind.Risks, "风险登记表", "风险", ["风险", "等级", "可能性", "影响", "应对措施", "来源"], rows);
    }

    private static SkeletonTable Milestones(List<Record> records)
    {
        var rows = records.Where(r => r.Kind == RecordKind.Milestone)
            .DistinctBy(r => (HeadingTitleKey.Of(r.Name), r.Milestone?.Date, r.Doc))
            .Select(r => (IReadOnlyList<string>)[Marked(r.Name, r), r.Milestone?.Date ?? r.Period ?? "", SourceOf(r)])
            .ToList();
        return Table(SkeletonTableKind.Milestones, "里程碑", "里程碑", ["里程碑", "时间", "来源"], rows);
    }

    /// <summary>The mark a cell whose value rests on a guessed repair carries in .md, .docx and .xlsx skeletons.</summary>
    public const string UncertainMark = "（存疑）";

    private static string Marked(string text, Record record) => record.Uncertain ? text + UncertainMark : text;

    /// <summary>The source column: where the row came from, and for an uncertain value why it is one.</summary>
    private static string SourceOf(Record record) => SourceLabel.Of(record.Doc, record.Section) + (record.Uncertain ? Doubt(record) : "");

    private static string Doubt(Record record) => $"；存疑：{record.UncertainBecause ?? "依据的修复为猜测"}";

    private static SkeletonTable Table(SkeletonTableKind kind, string title, string sheet, IReadOnlyList<string> columns, List<IReadOnlyList<string>> rows)
    {
        var filled = rows.Count;
        // An empty table still gets one blank row, so the consultant has a place to type.
        if (rows.Count == 0) rows.Add(columns.Select(_ => "").ToList());
        return new SkeletonTable { Kind = kind, Title = title, SheetName = sheet, Columns = columns, Rows = rows, FilledRows = filled };
    }

    private static string MeasureName(Record record, Func<string, string?>? canonicalize) =>
        record.Measure?.CanonicalName ?? canonicalize?.Invoke(record.Name) ?? record.Name.Trim();

    private static string KpiKey(Record record, Func<string, string?>? canonicalize) =>
        KpiNameKey.Of(MeasureName(record, canonicalize));

    private static string ValueText(Record record)
    {
        if (record.Measure?.Value is { } value && !string.IsNullOrWhiteSpace(value)) return value.Trim();
        if (record.Measure?.Number is not { } number) return "";
        var text = UnitConverter.Format(number);
        if (record.Measure?.NumberTo is { } to) text += "-" + UnitConverter.Format(to);
        return text + (record.Measure?.Unit ?? "");
    }

    private static string BaselineText(Record record)
    {
        if (record.Measure?.Baseline is { } baseline && !string.IsNullOrWhiteSpace(baseline)) return baseline.Trim();
        return record.Measure?.BaselineNumber is { } b ? UnitConverter.Format(b) + (record.Measure?.Unit ?? "") : "";
    }

    /// <summary>Periods sort by the first number they contain (2025年, 第2年); others keep their order after them.</summary>
    private static long PeriodOrder(string period)
    {
        var match = FirstNumber().Match(period);
        return match.Success && long.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
