namespace OpsKnowledge.Benchmarks.RealExtraction;

/// <summary>
/// The fixed split of the real development documents into a tune half (rules may be changed while looking at its failures)
/// and a check half (only its totals are looked at). Fixed on 2026-12-03 before any rule was changed; documents move
/// between halves only by adding new ones. Each half holds work reports of both eras and an exhaustive and a partial gold.
/// </summary>
public static class RealDevSplit
{
    public static IReadOnlySet<string> Tune { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "2026-henan-gov-work-report.txt",
        "2026-yunnan-gov-work-report.txt",
        "hailar-2016-gov-work-report.txt",
        "14th-fyp-national-emergency-system-plan.md",
        "2026-guangdong-gov-work-report.txt",
    };

    public static IReadOnlySet<string> Check { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "2026-hubei-gov-work-report.txt",
        "hailar-2018-gov-work-report.txt",
        "2026-shandong-gov-work-report.txt",
        "2026-sichuan-gov-work-report.txt",
    };

    /// <summary>"tune", "check", or "new" for a document added after the split (it is reported apart until assigned).</summary>
    public static string HalfOf(string doc) => Tune.Contains(doc) ? "tune" : Check.Contains(doc) ? "check" : "new";
}
