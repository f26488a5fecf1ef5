namespace OpsKnowledge.Planning.Comparison;

/// <summary>How long the period a value covers is: a quarter's revenue is not comparable with a year's.</summary>
public enum PeriodGrain
{
    /// <summary>A year, a plan year, a horizon or no period stated: the plan's headline figure.</summary>
    Whole,
    HalfYear,
    Quarter,
    Month,
}
