namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>A pre-filled table of a plan skeleton: header, rows of text (the last column says where each row came from).</summary>
public sealed record SkeletonTable
{
    public required SkeletonTableKind Kind { get; init; }

    /// <summary>The caption ("年度目标", "关键绩效指标", "风险登记表", "里程碑").</summary>
    public required string Title { get; init; }

    /// <summary>The worksheet name in XLSX output ("目标", "KPI", "风险", "里程碑").</summary>
    public required string SheetName { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Each row has one cell per column; a table with nothing found has one empty row to fill in.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>Per row and column the cell's number (null for text), for spreadsheets; null when the table holds text only.</summary>
    public IReadOnlyList<IReadOnlyList<SkeletonNumber?>>? Numbers { get; init; }

    /// <summary>How many rows hold values found in the plans (0 when the only row is the empty one).</summary>
    public required int FilledRows { get; init; }

    /// <summary>Index into <see cref="PlanSkeleton.Outline"/> of the heading the table belongs under, or null for the appendix.</summary>
    public int? HeadingIndex { get; init; }
}
