using OpsKnowledge.Core.Records;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Planning.Tests.Builders;

/// <summary>Builds records the way the extractor would, with only the fields a test cares about.</summary>
internal static class Records
{
    private static int _next;

    public static Record Kpi(string doc, string name, decimal? number = null, string? unit = null, string? value = null,
        string? canonical = null, string? period = null, RecordOperator? op = RecordOperator.AtLeast, decimal? numberTo = null,
        string? baseline = null, decimal? baselineNumber = null, RecordScope scope = RecordScope.Plan, string? section = null,
        RecordKind kind = RecordKind.Kpi, double confidence = 1.0, int? table = null)
    {
        var n = Interlocked.Increment(ref _next);
        return new Record
        {
            Id = $"{doc}#{kind.ToString().ToLowerInvariant()}-{n}",
            Kind = kind,
            Doc = doc,
            Name = name,
            Details = new MeasureDetails
            {
                CanonicalName = canonical,
                Number = number,
                NumberTo = numberTo,
                Unit = unit,
                Value = value ?? (number is null ? null : $"{number}{unit}"),
                Op = number is null ? null : op,
                Baseline = baseline,
                BaselineNumber = baselineNumber,
            },
            Period = period,
            Scope = scope,
            Section = section ?? "9 运营监控 > 9.1 关键运营指标",
            Evidence = $"{name}{value ?? $"{number}{unit}"}",
            Source = new RecordSource { Start = n * 10, End = n * 10 + 8, Table = table },
            Confidence = confidence,
        };
    }

    public static Record Target(string doc, string name, string period, decimal number, string unit, string? section = null) =>
        Kpi(doc, name, number, unit, period: period, kind: RecordKind.Target, section: section ?? "3 经营目标 > 3.1 年度目标");

    public static Record Risk(string doc, string name, string level, string mitigation, string? likelihood = null, string? impact = null, string? section = null)
    {
        var n = Interlocked.Increment(ref _next);
        return new Record
        {
            Id = $"{doc}#risk-{n}",
            Kind = RecordKind.Risk,
            Doc = doc,
            Name = name,
            Details = new RiskDetails { Level = level, Likelihood = likelihood, Impact = impact, Mitigation = mitigation },
            Section = section ?? "8 风险管理 > 8.2 风险应对",
            Evidence = $"{name}：{mitigation}",
            Source = new RecordSource { Start = n * 10, End = n * 10 + 8 },
        };
    }

    public static Record Milestone(string doc, string name, string date, string? section = null, RecordScope scope = RecordScope.Plan)
    {
        var n = Interlocked.Increment(ref _next);
        return new Record
        {
            Id = $"{doc}#milestone-{n}",
            Kind = RecordKind.Milestone,
            Doc = doc,
            Name = name,
            Details = new MilestoneDetails { Date = date },
            Scope = scope,
            Section = section ?? "7 实施计划 > 7.1 进度安排",
            Evidence = $"{date}{name}",
            Source = new RecordSource { Start = n * 10, End = n * 10 + 8 },
        };
    }
}
