using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Benchmarks.RealExtraction;

/// <summary>Counts of one slice (a document, a half, a kind or scope within a half): gold, predictions judged, matches and field agreement.</summary>
public sealed class RealSliceCount
{
    public int Gold { get; set; }

    public int GoldMatched { get; set; }

    public int PlanGold { get; set; }

    public int PlanMatched { get; set; }

    /// <summary>Predictions on exhaustive documents (risks left out), and how many of them matched.</summary>
    public int Judged { get; set; }

    public int JudgedMatched { get; set; }

    public int LenientMatched { get; set; }

    public int LenientJudgedMatched { get; set; }

    public int ScopeRight { get; set; }

    public int UnitRight { get; set; }

    public int OpRight { get; set; }

    public int PeriodRight { get; set; }

    public int PeriodJudged { get; set; }

    public void Add(RealSliceCount other)
    {
        Gold += other.Gold; GoldMatched += other.GoldMatched; PlanGold += other.PlanGold; PlanMatched += other.PlanMatched;
        Judged += other.Judged; JudgedMatched += other.JudgedMatched; LenientMatched += other.LenientMatched;
        LenientJudgedMatched += other.LenientJudgedMatched; ScopeRight += other.ScopeRight; UnitRight += other.UnitRight;
        OpRight += other.OpRight; PeriodRight += other.PeriodRight; PeriodJudged += other.PeriodJudged;
    }
}

/// <summary>The result of scoring one document: its counts, and the lines that explain each miss, false record and field disagreement.</summary>
public sealed class RealDocumentScore
{
    public required string Doc { get; init; }

    public required bool Exhaustive { get; init; }

    public RealSliceCount Count { get; } = new();

    public Dictionary<string, RealSliceCount> ByKind { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RealSliceCount> ByScope { get; } = new(StringComparer.Ordinal);

    public List<string> Misses { get; } = [];

    public List<string> FalseRecords { get; } = [];

    public List<string> Disagreements { get; } = [];

    /// <summary>(confidence, matched) of every judged prediction, for the calibration table.</summary>
    public List<(double Confidence, bool Right)> Calibration { get; } = [];

    /// <summary>Every judged prediction with whether it matched, for fitting confidence on the tune half (--judged).</summary>
    public List<(Record Record, bool Right)> Judged { get; } = [];

    /// <summary>Greedy one-to-one matching in gold order, strict and lenient, as the real-dev README prescribes.</summary>
    public static RealDocumentScore Score(RealGoldFile gold, IReadOnlyList<Record> predicted)
    {
        var score = new RealDocumentScore { Doc = gold.Doc, Exhaustive = gold.Exhaustive };
        var found = predicted.Where(r => r.Kind != RecordKind.Risk).ToList();
        var strict = Match(gold.Records, found, lenient: false);
        var lenient = Match(gold.Records, found, lenient: true);
        for (var g = 0; g < gold.Records.Count; g++)
        {
            var record = gold.Records[g];
            var slices = new[] { score.Count, Slice(score.ByKind, record.Kind), Slice(score.ByScope, record.Scope) };
            foreach (var slice in slices)
            {
                slice.Gold++;
                if (record.Scope == "plan") slice.PlanGold++;
                if (lenient.GoldToFound[g] >= 0) slice.LenientMatched++;
            }
            var index = strict.GoldToFound[g];
            if (index < 0)
            {
                score.Misses.Add($"MISS  {Short(record.Evidence)} → {Emitted(found, record)} → gold {Describe(record)}");
                continue;
            }
            var match = found[index];
            var scopeRight = record.Scope == (match.Scope == RecordScope.Plan ? "plan" : "reference");
            var unitRight = record.Kind == "milestone" || RealRecordMatcher.NormalizeUnit(record.Unit) == RealRecordMatcher.NormalizeUnit(match.Measure?.Unit);
            var opRight = record.Kind == "milestone" || (record.Op ?? "equal") == RealRecordMatcher.OpName(match.Measure?.Op);
            var goldPeriod = record.Kind == "milestone" ? null : record.Period;
            var periodRight = goldPeriod is null || RealRecordMatcher.NormalizePeriod(goldPeriod) == RealRecordMatcher.NormalizePeriod(match.Period);
            foreach (var slice in slices)
            {
                slice.GoldMatched++;
                if (record.Scope == "plan") slice.PlanMatched++;
                if (scopeRight) slice.ScopeRight++;
                if (unitRight) slice.UnitRight++;
                if (opRight) slice.OpRight++;
                if (goldPeriod is not null)
                {
                    slice.PeriodJudged++;
                    if (periodRight) slice.PeriodRight++;
                }
            }
            var wrong = new List<string>();
            if (!scopeRight) wrong.Add($"scope {Scope(match)}≠{record.Scope}");
            if (!unitRight) wrong.Add($"unit {match.Measure?.Unit ?? "∅"}≠{record.Unit ?? "∅"}");
            if (!opRight) wrong.Add($"op {RealRecordMatcher.OpName(match.Measure?.Op)}≠{record.Op ?? "equal"}");
            if (!periodRight) wrong.Add($"period {match.Period ?? "∅"}≠{goldPeriod}");
            if (wrong.Count > 0) score.Disagreements.Add($"FIELD {record.Name}={record.Value}: {string.Join(", ", wrong)} :: {Short(record.Evidence)}");
        }
        if (gold.Exhaustive)
        {
            for (var i = 0; i < found.Count; i++)
            {
                var right = strict.FoundMatched[i];
                score.Count.Judged++;
                if (right) score.Count.JudgedMatched++;
                if (lenient.FoundMatched[i]) score.Count.LenientJudgedMatched++;
                var kind = Slice(score.ByKind, RealRecordMatcher.KindName(found[i].Kind));
                kind.Judged++;
                if (right) kind.JudgedMatched++;
                var scope = Slice(score.ByScope, Scope(found[i]));
                scope.Judged++;
                if (right) scope.JudgedMatched++;
                score.Calibration.Add((found[i].Confidence, right));
                score.Judged.Add((found[i], right));
                if (!right) score.FalseRecords.Add($"FALSE {Short(found[i].Evidence)} → {Describe(found[i])} → gold {GoldIn(gold.Records, found[i])}");
            }
        }
        return score;
    }

    private static (int[] GoldToFound, bool[] FoundMatched) Match(IReadOnlyList<RealGoldRecord> gold, List<Record> found, bool lenient)
    {
        var goldToFound = new int[gold.Count];
        var used = new bool[found.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            goldToFound[g] = -1;
            for (var i = 0; i < found.Count; i++)
            {
                if (used[i] || !RealRecordMatcher.Matches(gold[g], found[i], lenient)) continue;
                used[i] = true;
                goldToFound[g] = i;
                break;
            }
        }
        return (goldToFound, used);
    }

    private static RealSliceCount Slice(Dictionary<string, RealSliceCount> slices, string key)
    {
        if (!slices.TryGetValue(key, out var slice)) slices[key] = slice = new RealSliceCount();
        return slice;
    }

    private static string Scope(Record record) => record.Scope == RecordScope.Plan ? "plan" : "reference";

    private static string Describe(RealGoldRecord record) =>
        $"{record.Kind}/{record.Scope} {record.Name}={record.Value} ({record.Number?.ToString() ?? "∅"} {record.Unit ?? "∅"} {record.Op ?? "equal"} {record.Period ?? "∅"})";

    private static string Describe(Record record) =>
        $"{RealRecordMatcher.KindName(record.Kind)}/{Scope(record)} {record.Name}={record.Measure?.Value ?? record.Milestone?.Date} ({record.Measure?.Number?.ToString() ?? "∅"} {record.Measure?.Unit ?? "∅"} {RealRecordMatcher.OpName(record.Measure?.Op)} {record.Period ?? "∅"}) c={record.Confidence:F2}";

    /// <summary>What we emitted from the gold record's sentence: the prediction with the same number there, else a count.</summary>
    private static string Emitted(List<Record> found, RealGoldRecord gold)
    {
        var same = found.Where(r => gold.Evidence is not null && r.Evidence.Contains(gold.Evidence, StringComparison.Ordinal) || (r.Evidence.Length > 0 && gold.Evidence?.Contains(r.Evidence, StringComparison.Ordinal) == true)).ToList();
        var withNumber = same.FirstOrDefault(r => r.Measure?.Number == gold.Number);
        if (withNumber is not null) return Describe(withNumber);
        return same.Count == 0 ? "nothing" : $"{same.Count} other(s) e.g. {Describe(same[0])}";
    }

    private static string GoldIn(IReadOnlyList<RealGoldRecord> gold, Record found)
    {
        var same = gold.FirstOrDefault(g => g.Number == found.Measure?.Number && g.Evidence is not null && (found.Evidence.Contains(g.Evidence, StringComparison.Ordinal) || g.Evidence.Contains(found.Evidence, StringComparison.Ordinal)));
        return same is null ? "none" : Describe(same);
    }

    private static string Short(string? text)
    {
        if (text is null) return "∅";
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 70 ? flat : flat[..70] + "…";
    }
}
