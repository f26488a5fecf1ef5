using System.Text.Json.Serialization;

namespace OpsKnowledge.Core.Records;

/// <summary>A target, KPI, risk or milestone found in a plan, normalized, pointing back to its evidence.</summary>
public sealed record Record
{
    /// <summary>Stable within a document: "{doc}#{kind}-{n}".</summary>
    public required string Id { get; init; }

    public required RecordKind Kind { get; init; }

    public required string Doc { get; init; }

    /// <summary>The heading path of the section holding the evidence.</summary>
    public string? Section { get; init; }

    /// <summary>The indicator, goal or risk as worded in the document.</summary>
    public required string Name { get; init; }

    /// <summary>The canonical KPI name when the name is a known indicator or synonym.</summary>
    public string? CanonicalName { get; init; }

    /// <summary>The target value as written ("≥95%", "800万").</summary>
    public string? Value { get; init; }

    /// <summary>The baseline as written ("75%").</summary>
    public string? Baseline { get; init; }

    /// <summary>The period or horizon as written or normalized ("第1年", "2026年", "短期(1-2年)").</summary>
    public string? Period { get; init; }

    public RecordOperator? Op { get; init; }

    public decimal? Number { get; init; }

    /// <summary>Upper bound for ranges ("18%-25%": Number 18, NumberTo 25).</summary>
    public decimal? NumberTo { get; init; }

    public string? Unit { get; init; }

    public decimal? BaselineNumber { get; init; }

    public Direction? Direction { get; init; }

    /// <summary>What the goal or risk consists of, as written (a risk table's 风险描述, the clause after a risk's name).</summary>
    public string? Description { get; init; }

    /// <summary>Risk level (高/中/低) as written.</summary>
    public string? Level { get; init; }

    public string? Likelihood { get; init; }

    public string? Impact { get; init; }

    public string? Mitigation { get; init; }

    /// <summary>Milestone date or deadline as written ("2026年6月底前", "6个月内").</summary>
    public string? Date { get; init; }

    public RecordScope Scope { get; init; } = RecordScope.Plan;

    /// <summary>The sentence or table row the record was read from.</summary>
    public required string Evidence { get; init; }

    public required RecordSource Source { get; init; }

    public double Confidence { get; init; } = 1.0;

    /// <summary>True when the name, value or operator rests on a guessed repair, an unrecovered span or low-confidence OCR.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Uncertain { get; init; }

    /// <summary>Why the record is uncertain ("repair guessed '≥' (alternatives: ≤)", "OCR confidence 0.62"); null when it is not.</summary>
    public string? UncertainBecause { get; init; }
}

/// <summary>Where a record came from: a span of the repaired text, and for tables the table, row and column.</summary>
public sealed record RecordSource
{
    public int? Page { get; init; }

    public int? Table { get; init; }

    public int? Row { get; init; }

    public int? Col { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }
}

public enum RecordKind
{
    Target,
    Kpi,
    Risk,
    Milestone,
}

/// <summary>How the number relates to the indicator.</summary>
public enum RecordOperator
{
    /// <summary>≥, 不低于, 以上, 达到.</summary>
    AtLeast,
    /// <summary>≤, 不超过, 以内, 控制在.</summary>
    AtMost,
    Equal,
    Range,
    /// <summary>提升N%, 增长N.</summary>
    IncreaseBy,
    /// <summary>下降N%, 降低N.</summary>
    DecreaseBy,
    /// <summary>约, 近, 左右: a level stated as approximate (a change stated so keeps its direction instead).</summary>
    Approx,
}

/// <summary>Whether a higher value of the indicator is better.</summary>
public enum Direction
{
    Up,
    Down,
}

/// <summary>Plan = the document's own commitment; Reference = a cited case, benchmark or industry figure.</summary>
public enum RecordScope
{
    Plan,
    Reference,
}
