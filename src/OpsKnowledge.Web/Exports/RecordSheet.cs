using System.Globalization;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Web.Pages;

namespace OpsKnowledge.Web.Exports;

/// <summary>Records as the records page, its CSV and its XLSX show them: fixed columns, sortable by any of them.</summary>
internal static class RecordSheet
{
    /// <summary>Column keys (for sort=) and their Chinese headers.</summary>
    public static readonly (string Key, string Header)[] Columns =
    [
        ("kind", "类型"), ("name", "名称"), ("kpi", "规范指标"), ("value", "目标值"), ("number", "数值"), ("unit", "单位"),
        ("baseline", "基准值"), ("period", "周期"), ("scope", "范围"), ("doc", "文档"), ("section", "章节"), ("evidence", "原文"),
    ];

    public static bool IsColumn(string? key) => key is not null && Columns.Any(c => c.Key == key);

    /// <summary>The records sorted by a column (numbers numerically, text by its ordinal order; blanks last), ascending unless descending.</summary>
    public static IReadOnlyList<Record> Sort(IEnumerable<Record> records, string? key, bool descending)
    {
        if (!IsColumn(key)) return records.ToList();
        if (key == "number")
        {
            var withNumber = records.Where(r => r.Measure?.Number is not null);
            var sorted = descending ? withNumber.OrderByDescending(r => r.Measure?.Number) : withNumber.OrderBy(r => r.Measure?.Number);
            return [.. sorted, .. records.Where(r => r.Measure?.Number is null)];
        }
        var filled = records.Where(r => !string.IsNullOrEmpty(Text(r, key!)));
        var ordered = descending ? filled.OrderByDescending(r => Text(r, key!), StringComparer.Ordinal) : filled.OrderBy(r => Text(r, key!), StringComparer.Ordinal);
        return [.. ordered.ThenBy(r => r.Doc, StringComparer.Ordinal).ThenBy(r => r.Source.Start), .. records.Where(r => string.IsNullOrEmpty(Text(r, key!)))];
    }

    /// <summary>The cell text of a record in a column.</summary>
    public static string Text(Record record, string key) => key switch
    {
        "kind" => Labels.Kind(record.Kind),
        "name" => record.Name,
        "kpi" => record.Measure?.CanonicalName ?? "",
        "value" => record.Kind switch
        {
            RecordKind.Risk => record.Risk?.Level ?? "",
            RecordKind.Milestone => record.Milestone?.Date ?? "",
            _ => record.Measure?.Value ?? "",
        },
        "number" => record.Measure?.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) + (record.Measure?.NumberTo is { } to ? "-" + to.ToString(CultureInfo.InvariantCulture) : "") : "",
        "unit" => record.Measure?.Unit ?? "",
        "baseline" => record.Measure?.Baseline ?? "",
        "period" => record.Period ?? "",
        "scope" => Labels.Scope(record.Scope),
        "doc" => record.Doc,
        "section" => record.Section ?? "",
        "evidence" => record.Evidence,
        _ => "",
    };

    /// <summary>The downloads' headers: the page's columns, then 存疑 (why a value rests on a guess; the page shows it as a "?" badge).</summary>
    public static IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header), "存疑"];

    public static IReadOnlyList<string?> Row(Record record) =>
        [.. Columns.Select(c => (string?)Text(record, c.Key)), record.Uncertain ? record.UncertainBecause ?? "依据的修复为猜测" : ""];
}
