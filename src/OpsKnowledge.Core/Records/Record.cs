namespace OpsKnowledge.Core.Records;

/// <summary>A target, KPI, risk or milestone found in a plan, normalized, pointing back to its evidence; what only one kind has lives in its <see cref="Details"/>.</summary>
public sealed record Record
{
    private readonly RecordDetails? details;

    /// <summary>Stable within a document: "{doc}#{kind}-{n}".</summary>
    public required string Id { get; init; }

    public required RecordKind Kind { get; init; }

    public required string Doc { get; init; }

    /// <summary>The heading path of the section holding the evidence.</summary>
    public string? Section { get; init; }

    /// <summary>The indicator, goal, risk or milestone as worded in the document.</summary>
    public required string Name { get; init; }

    /// <summary>The period or horizon as written or normalized ("第1年", "2026年", "短期(1-2年)"); targets, KPIs and milestones have one.</summary>
    public string? Period { get; init; }

    /// <summary>What only this kind of record has; the catalogue says which details type a kind carries, and an empty one of it stands in when none is given.</summary>
    /// <exception cref="InvalidOperationException">The details are of another kind's type (a bug in whoever built the record).</exception>
    public RecordDetails Details
    {
        get
        {
            var kind = RecordKinds.Of(Kind);
            if (details is null) return kind.EmptyDetails;
            // Kind and details are set independently (object initializers, with-expressions), so they are checked where they meet.
            return details.GetType() == kind.EmptyDetails.GetType()
                ? details
                : throw new InvalidOperationException($"a {kind.WireName} record cannot carry {details.GetType().Name}");
        }
        // Empty details are kept as none, so a record equals itself read back from JSON however its details were given.
        init => details = value is null || RecordKinds.All.Any(k => k.EmptyDetails.Equals(value)) ? null : value;
    }

    /// <summary>The value, number and baseline of a target or KPI; null for other kinds.</summary>
    public MeasureDetails? Measure => Details as MeasureDetails;

    /// <summary>The level, likelihood, impact and mitigation of a risk; null for other kinds.</summary>
    public RiskDetails? Risk => Details as RiskDetails;

    /// <summary>The date of a milestone; null for other kinds.</summary>
    public MilestoneDetails? Milestone => Details as MilestoneDetails;

    public RecordScope Scope { get; init; } = RecordScope.Plan;

    /// <summary>The sentence or table row the record was read from.</summary>
    public required string Evidence { get; init; }

    public required RecordSource Source { get; init; }

    public double Confidence { get; init; } = 1.0;

    /// <summary>True when the name, value or operator rests on a guessed repair, an unrecovered span or low-confidence OCR.</summary>
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
