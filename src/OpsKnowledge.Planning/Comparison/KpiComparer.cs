using System.Globalization;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Compares one KPI across plans, or all KPIs of two plans, over extracted records.</summary>
public sealed partial class KpiComparer
{
    /// <summary>One row per document and period for the KPI the name resolves to, units converted, spread computed.</summary>
    public KpiComparison Compare(string name, IEnumerable<Record> records, CompareOptions? options = null)
    {
        options ??= CompareOptions.Default;
        var canonicalize = options.Canonicalize;
        var wanted = KpiNameKey.Canonical(name, canonicalize);
        var matched = Select(records, options).Where(r => KeysOf(r, canonicalize).Contains(wanted)).ToList();
        var label = canonicalize?.Invoke(name)
            ?? matched.Select(r => r.Measure?.CanonicalName).Where(c => c is not null).GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? name.Trim();
        return Build(name, label, matched);
    }

    /// <summary>All KPIs of two plans by canonical name: shared ones side by side (paired by period), then those only one plan has.</summary>
    public PlanComparison ComparePlans(string docA, string docB, IEnumerable<Record> records, CompareOptions? options = null)
    {
        options ??= CompareOptions.Default;
        var canonicalize = options.Canonicalize;
        var selected = Select(records, options with { Docs = [] })
            .Where(r => r.Doc == docA || r.Doc == docB)
            .ToList();
        var groups = selected
            .GroupBy(r => KpiNameKey.Canonical(r.Measure?.CanonicalName ?? r.Name, canonicalize))
            .Select(g => (Records: g.ToList(), Label: Label(g.First(), canonicalize)))
            .ToList();

        var shared = new List<PlanKpiPair>();
        var onlyA = new List<PlanKpiPair>();
        var onlyB = new List<PlanKpiPair>();
        // Order by A's document order, B's after: groups keep the first-seen order of the records.
        foreach (var (group, label) in groups.OrderBy(g => g.Records.Any(r => r.Doc == docA) ? 0 : 1).ThenBy(g => FirstPosition(g.Records, docA)))
        {
            var comparison = Build(label, label, group);
            var rowsA = comparison.Rows.Where(r => r.Doc == docA).ToList();
            var rowsB = comparison.Rows.Where(r => r.Doc == docB).ToList();
            if (rowsA.Count > 0 && rowsB.Count > 0) shared.AddRange(Pair(label, docA, docB, rowsA, rowsB));
            else if (rowsA.Count > 0) onlyA.AddRange(rowsA.Select(r => Single(label, docA, docB, KpiPresence.OnlyA, r)));
            else onlyB.AddRange(rowsB.Select(r => Single(label, docA, docB, KpiPresence.OnlyB, r)));
        }
        return new PlanComparison { DocA = docA, DocB = docB, Pairs = [.. shared, .. onlyA, .. onlyB] };
    }

    private static IEnumerable<Record> Select(IEnumerable<Record> records, CompareOptions options) =>
        records.Where(r => options.Kinds.Contains(r.Kind)
            && (options.IncludeReference || IsTarget(r))
            && (options.Docs.Count == 0 || options.Docs.Contains(r.Doc)));

    /// <summary>A plan's own commitment: plan scope, and not a figure from its background or status section (2024年 actuals, market growth).</summary>
    private static bool IsTarget(Record record) => record.Scope == RecordScope.Plan && !BackgroundSections.IsBackground(record.Section);

    private static HashSet<string> KeysOf(Record record, Func<string, string?>? canonicalize)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { KpiNameKey.Canonical(record.Name, canonicalize) };
        if (record.Measure?.CanonicalName is { } canonicalName)
        {
            keys.Add(KpiNameKey.Of(canonicalName));
            keys.Add(KpiNameKey.Canonical(canonicalName, canonicalize));
        }
        return keys;
    }

    private static string Label(Record record, Func<string, string?>? canonicalize) =>
        record.Measure?.CanonicalName ?? canonicalize?.Invoke(record.Name) ?? record.Name.Trim();

    private static int FirstPosition(List<Record> records, string doc)
    {
        var index = records.FindIndex(r => r.Doc == doc);
        return index < 0 ? int.MaxValue : records[index].Source.Start;
    }

    private static KpiComparison Build(string query, string label, IReadOnlyList<Record> matched)
    {
        var docOrder = matched.Select(r => r.Doc).Distinct().Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        // One row per document and period: the record with a number, a unit, the highest confidence, from a table, first in the text.
        var chosen = matched
            .GroupBy(r => (r.Doc, Period: PeriodKey(r.Period)))
            .Select(g =>
            {
                var best = g.OrderByDescending(r => r.Measure?.Number is not null)
                    .ThenByDescending(r => r.Measure?.Unit is not null)
                    .ThenByDescending(r => r.Confidence)
                    .ThenByDescending(r => r.Source.Table is not null)
                    .ThenBy(r => r.Source.Start)
                    .First();
                return (Record: best, Duplicates: g.Count() - 1);
            })
            .OrderBy(x => docOrder[x.Record.Doc])
            .ThenBy(x => PeriodOrder(x.Record.Period))
            .ThenBy(x => x.Record.Period, StringComparer.Ordinal)
            .ToList();

        var commonUnits = CommonUnits(chosen.Select(x => x.Record));
        var rows = chosen.Select(x => ToRow(label, x.Record, x.Duplicates, commonUnits)).ToList();
        var (spread, flagged) = Spread(rows);
        return new KpiComparison
        {
            Query = query,
            Kpi = label,
            Rows = rows.Select((r, i) => flagged[i] is { } flag ? r with { Comparable = true, Outlier = flag } : r).ToList(),
            Spread = spread,
            CommonUnits = commonUnits.Values.Distinct().ToList(),
            Direction = DirectionOf(matched),
        };
    }

    /// <summary>The direction most records give the KPI (the catalogue's, where the extractor knew the name).</summary>
    private static Direction? DirectionOf(IReadOnlyList<Record> records) =>
        records.Where(r => r.Measure?.Direction is not null)
            .GroupBy(r => r.Measure!.Direction!.Value)
            .OrderByDescending(g => g.Count(r => r.Measure?.CanonicalName is not null))
            .ThenByDescending(g => g.Count())
            .Select(g => (Direction?)g.Key)
            .FirstOrDefault();

    /// <summary>Per unit family, the unit most rows use (ties: the first seen).</summary>
    private static Dictionary<string, string> CommonUnits(IEnumerable<Record> records)
    {
        var byFamily = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in records
            .Where(r => r.Measure?.Number is not null)
            .Select(r => UnitConverter.Normalize(r.Measure?.Unit))
            .Where(u => u is not null && UnitConverter.TryGetScale(u, out _, out _))
            .Select((u, i) => (Unit: u!, Index: i))
            .GroupBy(x => UnitConverter.TryGetScale(x.Unit, out var f, out _) ? f : x.Unit))
        {
            byFamily[family.Key] = family.GroupBy(x => x.Unit)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Min(x => x.Index))
                .First().Key;
        }
        return byFamily;
    }

    private static ComparisonRow ToRow(string label, Record record, int duplicates, Dictionary<string, string> commonUnits)
    {
        var unit = UnitConverter.Normalize(record.Measure?.Unit);
        var target = unit is not null && UnitConverter.TryGetScale(unit, out var family, out _) && commonUnits.TryGetValue(family, out var common)
            ? common
            : unit;
        var converted = record.Measure?.Number is { } n ? UnitConverter.Convert(n, unit, target) : null;
        var convertedTo = record.Measure?.NumberTo is { } m ? UnitConverter.Convert(m, unit, target) : null;
        var convertedBaseline = record.Measure?.BaselineNumber is { } b ? UnitConverter.Convert(b, unit, target) : null;
        string? note = null;
        if (record.Measure?.Number is { } number && target != unit)
        {
            var from = record.Measure?.NumberTo is { } to ? $"{UnitConverter.Format(number)}-{UnitConverter.Format(to)}" : UnitConverter.Format(number);
            var into = convertedTo is { } ct ? $"{UnitConverter.Format(converted!.Value)}-{UnitConverter.Format(ct)}" : UnitConverter.Format(converted!.Value);
            note = $"{from}{unit} → {into}{target}";
        }
        return new ComparisonRow
        {
            Kpi = label,
            Name = record.Name,
            Doc = record.Doc,
            Section = record.Section,
            Kind = record.Kind,
            Value = record.Measure?.Value,
            Op = record.Measure?.Op,
            Number = record.Measure?.Number,
            NumberTo = record.Measure?.NumberTo,
            Unit = record.Measure?.Unit,
            ConvertedNumber = converted,
            ConvertedNumberTo = convertedTo,
            ConvertedUnit = record.Measure?.Number is null ? null : target,
            Conversion = note,
            Baseline = record.Measure?.Baseline,
            BaselineNumber = record.Measure?.BaselineNumber,
            ConvertedBaselineNumber = convertedBaseline,
            Period = record.Period,
            Scope = record.Scope,
            Evidence = record.Evidence,
            Source = record.Source,
            RecordId = record.Id,
            Duplicates = duplicates,
            Context = !IsTarget(record),
            Uncertain = record.Uncertain,
            UncertainBecause = record.UncertainBecause,
            Grain = PeriodGrains.Of(record.Period),
        };
    }

    /// <summary>
    /// The spread of the largest group of like rows: plan targets (never reference or background figures, never uncertain values) in one converted unit,
    /// one kind of value (level or change) and one period length (a quarter is not a year). The same plan ingested twice
    /// (as .docx and .htm) counts once. Flags per row: null = not in the group.
    /// </summary>
    private static (KpiSpread? Spread, bool?[] Flags) Spread(IReadOnlyList<ComparisonRow> rows)
    {
        var flags = new bool?[rows.Count];
        var group = rows.Select((r, i) => (Row: r, Index: i))
            // A value resting on a guessed repair is shown, marked, but kept out of min/median/max and the outlier fences.
            .Where(x => x.Row.ConvertedNumber is not null && !x.Row.Context && !x.Row.Uncertain)
            .GroupBy(x => (Unit: x.Row.ConvertedUnit ?? "", Change: IsChange(x.Row.Op), x.Row.Grain))
            .OrderByDescending(g => g.Select(x => SameContentKey(x.Row)).Distinct().Count())
            .ThenBy(g => g.Key.Grain)
            .ThenBy(g => g.Key.Change)
            .ThenBy(g => g.Min(x => x.Index))
            .FirstOrDefault();
        if (group is null) return (null, flags);

        // One plan's same value under two labels (2026年 and 全年 of a 2026 plan) also counts once.
        var distinct = group.GroupBy(x => SameContentKey(x.Row)).Select(g => g.First())
            .GroupBy(x => (x.Row.Doc, Value: ValueOf(x.Row))).Select(g => g.First()).ToList();
        var values = distinct.Select(x => ValueOf(x.Row)).ToList();
        var (lower, upper, rule) = SpreadStatistics.Fences(values);
        var outliers = new List<string>();
        foreach (var (row, index) in group)
        {
            var value = ValueOf(row);
            var outlier = (lower is { } lo && value < lo) || (upper is { } hi && value > hi);
            flags[index] = outlier;
            if (outlier && !outliers.Contains(row.Doc)) outliers.Add(row.Doc);
        }
        var spread = new KpiSpread
        {
            Unit = group.Key.Unit,
            Change = group.Key.Change,
            Grain = group.Key.Grain,
            Count = values.Count,
            Min = values.Min(),
            Median = SpreadStatistics.Median(values),
            Max = values.Max(),
            LowerFence = lower,
            UpperFence = upper,
            Rule = rule,
            Outliers = outliers,
        };
        return (spread, flags);
    }

    /// <summary>Rows of two files that say the same thing at the same place (one plan as .docx and as .htm) share this key.</summary>
    private static string SameContentKey(ComparisonRow row) =>
        string.Join('\u001F', row.Evidence, row.Value, row.Period, row.Section, row.Source.Start, row.Source.Table, row.Source.Row, row.Source.Col);

    /// <summary>A range counts as its midpoint.</summary>
    private static decimal ValueOf(ComparisonRow row) =>
        row.ConvertedNumberTo is { } to ? (row.ConvertedNumber!.Value + to) / 2 : row.ConvertedNumber!.Value;

    private static bool IsChange(RecordOperator? op) => op is RecordOperator.IncreaseBy or RecordOperator.DecreaseBy;

    private static IEnumerable<PlanKpiPair> Pair(string label, string docA, string docB, List<ComparisonRow> rowsA, List<ComparisonRow> rowsB)
    {
        var restB = new List<ComparisonRow>(rowsB);
        var unpairedA = new List<ComparisonRow>();
        var pairs = new List<PlanKpiPair>();
        foreach (var a in rowsA)
        {
            var b = restB.FirstOrDefault(r => PeriodKey(r.Period) == PeriodKey(a.Period));
            if (b is null) { unpairedA.Add(a); continue; }
            restB.Remove(b);
            pairs.Add(Both(label, docA, docB, a, b));
        }
        // Periods that do not match are still the same KPI: pair them in order, so the headline values sit side by side.
        for (var i = 0; i < Math.Max(unpairedA.Count, restB.Count); i++)
        {
            var a = i < unpairedA.Count ? unpairedA[i] : null;
            var b = i < restB.Count ? restB[i] : null;
            pairs.Add(Both(label, docA, docB, a, b));
        }
        return pairs;
    }

    private static PlanKpiPair Both(string label, string docA, string docB, ComparisonRow? a, ComparisonRow? b)
    {
        decimal? difference = null;
        if (a?.ConvertedNumber is { } va && b?.ConvertedNumber is { } vb && a.ConvertedUnit == b.ConvertedUnit && IsChange(a.Op) == IsChange(b.Op) && a.Grain == b.Grain && !a.Context && !b.Context && !a.Uncertain && !b.Uncertain)
            difference = ValueOf(b) - ValueOf(a);
        return new PlanKpiPair
        {
            Kpi = label,
            Presence = KpiPresence.Both,
            Period = a?.Period == b?.Period ? a?.Period : null,
            DocA = docA,
            DocB = docB,
            A = a,
            B = b,
            Difference = difference,
            Unit = a?.ConvertedUnit ?? b?.ConvertedUnit,
        };
    }

    private static PlanKpiPair Single(string label, string docA, string docB, KpiPresence presence, ComparisonRow row) => new()
    {
        Kpi = label,
        Presence = presence,
        Period = row.Period,
        DocA = docA,
        DocB = docB,
        A = presence == KpiPresence.OnlyA ? row : null,
        B = presence == KpiPresence.OnlyB ? row : null,
        Unit = row.ConvertedUnit,
    };

    private static string PeriodKey(string? period) => period is null ? "" : KpiNameKey.Of(period);

    /// <summary>Periods sort by the first number they contain (2025年, 第2年), those without numbers last.</summary>
    private static long PeriodOrder(string? period)
    {
        if (period is null) return long.MaxValue;
        var match = FirstNumber().Match(period);
        return match.Success && long.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue - 1;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
