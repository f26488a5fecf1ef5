using System.Text.Json.Serialization;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>One document's value of a KPI for one period, as written and converted to the comparison's common unit, with its evidence.</summary>
public sealed record ComparisonRow
{
    /// <summary>The canonical KPI name the row was matched under.</summary>
    public required string Kpi { get; init; }

    /// <summary>The indicator as worded in the document.</summary>
    public required string Name { get; init; }

    public required string Doc { get; init; }

    public string? Section { get; init; }

    public required RecordKind Kind { get; init; }

    /// <summary>The value as written ("≥95%", "1.2亿元").</summary>
    public string? Value { get; init; }

    public RecordOperator? Op { get; init; }

    public decimal? Number { get; init; }

    public decimal? NumberTo { get; init; }

    public string? Unit { get; init; }

    /// <summary>The number in <see cref="ConvertedUnit"/>; equals <see cref="Number"/> when nothing was converted.</summary>
    public decimal? ConvertedNumber { get; init; }

    public decimal? ConvertedNumberTo { get; init; }

    public string? ConvertedUnit { get; init; }

    /// <summary>What was converted ("1.2亿元 → 12000万元"), null when the row is in the common unit already.</summary>
    public string? Conversion { get; init; }

    public string? Baseline { get; init; }

    public decimal? BaselineNumber { get; init; }

    /// <summary>The baseline in <see cref="ConvertedUnit"/>.</summary>
    public decimal? ConvertedBaselineNumber { get; init; }

    public string? Period { get; init; }

    public required RecordScope Scope { get; init; }

    public required string Evidence { get; init; }

    public required RecordSource Source { get; init; }

    public required string RecordId { get; init; }

    /// <summary>True when the row's value counts towards the spread (a plan target in the unit, kind of value and period grain of the largest group).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Comparable { get; init; }

    /// <summary>True when the value lies outside the spread's outlier fences.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Outlier { get; init; }

    /// <summary>True for figures that are not the plan's own target: cited references and figures of background or status sections; never in the spread.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Context { get; init; }

    /// <summary>True when the value rests on a guessed repair, unrecovered bytes or poor OCR; never in the spread, never differenced.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Uncertain { get; init; }

    /// <summary>Why the value is uncertain (the record's reason); null when it is not.</summary>
    public string? UncertainBecause { get; init; }

    /// <summary>How long a period the value covers; only rows of one grain are compared.</summary>
    public PeriodGrain Grain { get; init; }

    /// <summary>How many other records of the same document and period said the same KPI (the row keeps the best one).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Duplicates { get; init; }
}
