using System.Globalization;
using System.Text;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Benchmarks.RealExtraction;

/// <summary>
/// The real-dev README's matching rule: kinds agree (or, leniently, both are target/kpi); names equal or one contains the
/// other after NFKC with whitespace and punctuation dropped; for targets and KPIs the numbers are equal. Milestones match on kind and name.
/// </summary>
public static class RealRecordMatcher
{
    public static bool Matches(RealGoldRecord gold, Record found, bool lenient)
    {
        var kind = KindName(found.Kind);
        var kindsAgree = gold.Kind == kind || (lenient && IsQuantity(gold.Kind) && IsQuantity(kind));
        if (!kindsAgree) return false;
        if (!NamesMatch(gold.Name, found.Name)) return false;
        if (gold.Kind == "milestone") return true;
        return gold.Number is decimal number && found.Measure?.Number is decimal value && number == value;
    }

    public static bool NamesMatch(string gold, string found)
    {
        var a = NameKey(gold);
        var b = NameKey(found);
        if (a.Length == 0 || b.Length == 0) return false;
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    public static string NameKey(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            var category = char.GetUnicodeCategory(c);
            if (category is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation) continue;
            key.Append(c);
        }
        return key.ToString();
    }

    public static string KindName(RecordKind kind) => kind.ToString().ToLowerInvariant();

    public static string OpName(RecordOperator? op) => op switch
    {
        null => "equal",
        _ => JsonNamingPolicyName(op.Value.ToString()),
    };

    public static string NormalizePeriod(string? period) =>
        period is null ? "" : period.Normalize(NormalizationForm.FormKC).Replace('—', '-').Replace('–', '-').Replace('~', '-').Replace("～", "-").Replace("至", "-").Trim();

    public static string NormalizeUnit(string? unit) => unit is null ? "" : unit.Normalize(NormalizationForm.FormKC).Trim();

    private static bool IsQuantity(string kind) => kind is "target" or "kpi";

    private static string JsonNamingPolicyName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
