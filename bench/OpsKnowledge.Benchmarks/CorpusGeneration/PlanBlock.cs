namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>One block of a generated plan, before it is rendered to a file format.</summary>
public abstract record PlanBlock;

/// <summary>A heading; level 0 is the document title.</summary>
public sealed record PlanHeading(int Level, string Text) : PlanBlock;

/// <summary>A prose paragraph.</summary>
public sealed record PlanParagraph(string Text) : PlanBlock;

/// <summary>A table whose first row is the header.</summary>
public sealed record PlanTable(IReadOnlyList<IReadOnlyList<string>> Rows) : PlanBlock;
