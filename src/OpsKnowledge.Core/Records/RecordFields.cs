namespace OpsKnowledge.Core.Records;

/// <summary>A record's fields by their wire names, as text: what the catalogue's shown and searched field lists refer to.</summary>
public static class RecordFields
{
    /// <summary>The field's text as written, or null when the record has none (or the kind has no such field).</summary>
    public static string? Text(Record record, string field) => field switch
    {
        "name" => record.Name,
        "period" => record.Period,
        "scope" => record.Scope.ToString().ToLowerInvariant(),
        "evidence" => record.Evidence,
        "section" => record.Section,
        "canonicalName" => record.Measure?.CanonicalName,
        "value" => record.Measure?.Value,
        "baseline" => record.Measure?.Baseline,
        "number" => record.Measure?.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "unit" => record.Measure?.Unit,
        "description" => record.Risk?.Description,
        "level" => record.Risk?.Level,
        "likelihood" => record.Risk?.Likelihood,
        "impact" => record.Risk?.Impact,
        "mitigation" => record.Risk?.Mitigation,
        "date" => record.Milestone?.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a record field"),
    };
}
