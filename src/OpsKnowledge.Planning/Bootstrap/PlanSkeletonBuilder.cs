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
        var tables = new List<SkeletonTable>
        {
            Targets(planRecords, options),
            Kpis(planRecords, options),
            Risks(planRecords),
            Milestones(planRecords),
        };
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

    /// <summary>Measures × periods from target records that name a period; one row per measure and plan.</summary>
    private static SkeletonTable Targets(List<Record> records, PlanSkeletonOptions options)
    {
        var targets = records.Where(r => r.Kind == RecordKind.Target && !string.IsNullOrWhiteSpace(r.Period)).ToList();
        var periods = targets
            .Select((r, i) => (Period: r.Period!.Trim(), Index: i))
            .GroupBy(x => x.Period)
            .OrderBy(g => PeriodOrder(g.Key))
            .ThenBy(g => g.Min(x => x.Index))
            .Select(g => g.Key)
            .ToList();
        if (periods.Count == 0) periods = ["第1年", "第2年", "第3年"];

        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in targets.GroupBy(r => (Measure: MeasureName(r, options.Canonicalize), r.Doc)))
        {
            var cells = new List<string> { group.Key.Measure };
            foreach (var period in periods)
            {
                var record = group.FirstOrDefault(r => r.Period!.Trim() == period);
                cells.Add(record is null ? "" : ValueText(record));
            }
            var units = group.Select(r => UnitConverter.Normalize(r.Unit)).Where(u => u is not null).Distinct().ToList();
            cells.Add(units.Count == 1 ? units[0]! : "");
            cells.Add(SourceLabel.Of(group.Key.Doc, group.First().Section));
            rows.Add(cells);
        }
        return Table(SkeletonTableKind.Targets, "年度目标", "目标", ["指标", .. periods, "单位", "来源"], rows);
    }

    private static SkeletonTable Kpis(List<Record> records, PlanSkeletonOptions options)
    {
        var kpis = records.Where(r => r.Kind == RecordKind.Kpi)
            .GroupBy(r => (Key: KpiKey(r, options.Canonicalize), r.Doc, Period: r.Period?.Trim() ?? ""))
            .Select(g => g.OrderByDescending(r => r.Number is not null).ThenByDescending(r => r.Confidence).First())
            .ToList();
        // Keep one KPI's rows from different plans together, in the order the KPIs first appear.
        var kpiOrder = kpis.Select(r => KpiKey(r, options.Canonicalize)).Distinct().Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var rows = kpis
            .OrderBy(r => kpiOrder[KpiKey(r, options.Canonicalize)])
            .Select(r => (IReadOnlyList<string>)
            [
                MeasureName(r, options.Canonicalize), BaselineText(r), ValueText(r), UnitConverter.Normalize(r.Unit) ?? "", r.Period ?? "", SourceLabel.Of(r.Doc, r.Section),
            ])
            .ToList();
        return Table(SkeletonTableKind.Kpis, "关键绩效指标", "KPI", ["指标", "基准值", "目标值", "单位", "考核周期", "来源"], rows);
    }

    private static SkeletonTable Risks(List<Record> records)
    {
        var rows = records.Where(r => r.Kind == RecordKind.Risk)
            .DistinctBy(r => (HeadingTitleKey.Of(r.Name), r.Doc))
            .Select(r => (IReadOnlyList<string>)
            [
                r.Name, r.Level ?? "", r.Likelihood ?? "", r.Impact ?? "", r.Mitigation ?? "", SourceLabel.Of(r.Doc, r.Section),
            ])
            .ToList();
        return Table(SkeletonTableKind.Risks, "风险登记表", "风险", ["风险", "等级", "可能性", "影响", "应对措施", "来源"], rows);
    }

    private static SkeletonTable Milestones(List<Record> records)
    {
        var rows = records.Where(r => r.Kind == RecordKind.Milestone)
            .DistinctBy(r => (HeadingTitleKey.Of(r.Name), r.Date, r.Doc))
            .Select(r => (IReadOnlyList<string>)[r.Name, r.Date ?? r.Period ?? "", SourceLabel.Of(r.Doc, r.Section)])
            .ToList();
        return Table(SkeletonTableKind.Milestones, "里程碑", "里程碑", ["里程碑", "时间", "来源"], rows);
    }

    private static SkeletonTable Table(SkeletonTableKind kind, string title, string sheet, IReadOnlyList<string> columns, List<IReadOnlyList<string>> rows)
    {
        var filled = rows.Count;
        // An empty table still gets one blank row, so the consultant has a place to type.
        if (rows.Count == 0) rows.Add(columns.Select(_ => "").ToList());
        return new SkeletonTable { Kind = kind, Title = title, SheetName = sheet, Columns = columns, Rows = rows, FilledRows = filled };
    }

    private static string MeasureName(Record record, Func<string, string?>? canonicalize) =>
        record.CanonicalName ?? canonicalize?.Invoke(record.Name) ?? record.Name.Trim();

    private static string KpiKey(Record record, Func<string, string?>? canonicalize) =>
        KpiNameKey.Of(MeasureName(record, canonicalize));

    private static string ValueText(Record record)
    {
        if (!string.IsNullOrWhiteSpace(record.Value)) return record.Value.Trim();
        if (record.Number is not { } number) return "";
        var text = UnitConverter.Format(number);
        if (record.NumberTo is { } to) text += "-" + UnitConverter.Format(to);
        return text + (record.Unit ?? "");
    }

    private static string BaselineText(Record record)
    {
        if (!string.IsNullOrWhiteSpace(record.Baseline)) return record.Baseline.Trim();
        return record.BaselineNumber is { } b ? UnitConverter.Format(b) + (record.Unit ?? "") : "";
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
