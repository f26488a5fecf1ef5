using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.KpiNames;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Benchmarks.Extraction;

/// <summary>
/// The benchmark's matching rule: same document and kind; names match after removing spaces and punctuation when one contains
/// the other or both have the same canonical name; the number is equal when gold has one; the period is compatible when gold has one.
/// </summary>
public static class RecordMatcher
{
    public static bool Matches(GoldRecord gold, Record found)
    {
        if (!string.Equals(gold.Kind, KindName(found.Kind), StringComparison.Ordinal)) return false;
        if (!NamesMatch(gold.Name, found.Name)) return false;
        if (gold.Number is decimal number && found.Measure?.Number != number) return false;
        var goldPeriod = gold.Period ?? gold.Date;
        if (goldPeriod is not null && !PeriodsCompatible(goldPeriod, found.Period ?? found.Milestone?.Date)) return false;
        return true;
    }

    public static string KindName(RecordKind kind) => kind switch
    {
        RecordKind.Target => "target",
        RecordKind.Kpi => "kpi",
        RecordKind.Risk => "risk",
        _ => "milestone",
    };

    public static bool NamesMatch(string gold, string found)
    {
        var a = ScriptFolding.ForExtraction.ToSimplified(KpiNameCatalog.Key(gold));
        var b = ScriptFolding.ForExtraction.ToSimplified(KpiNameCatalog.Key(found));
        if (a.Length == 0 || b.Length == 0) return false;
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return true;
        var ca = KpiNameCatalog.Default.Find(a)?.CanonicalName;
        return ca is not null && ca == KpiNameCatalog.Default.Find(b)?.CanonicalName;
    }

    /// <summary>Compatible when, written the same way (到2028年底 as 2028年底), one contains the other.</summary>
    public static bool PeriodsCompatible(string gold, string? found)
    {
        if (found is null) return false;
        // The extractor writes relative years out against the document's own year (全年 in a 2026 plan is 2026年); gold written before that keeps 全年.
        if (gold is "全年" or "年内" or "今年" or "当年" && System.Text.RegularExpressions.Regex.IsMatch(found, @"^\d{4}年$")) return true;
        var a = ScriptFolding.ForExtraction.ToSimplified(PeriodParser.Normalize(gold)).Replace("—", "-");
        var b = ScriptFolding.ForExtraction.ToSimplified(PeriodParser.Normalize(found)).Replace("—", "-");
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }
}
