namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>One heading of a plan skeleton, with the headings of the chosen plans it was aligned from.</summary>
public sealed record SkeletonHeading
{
    /// <summary>1 to 3.</summary>
    public required int Level { get; init; }

    /// <summary>The number given in the skeleton ("2", "2.1").</summary>
    public required string Number { get; init; }

    /// <summary>The title without numbering, as most of the plans write it.</summary>
    public required string Title { get; init; }

    /// <summary>How many of the chosen plans have this heading.</summary>
    public required int PlanCount { get; init; }

    /// <summary>"doc › heading as written", one per plan that has it.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    public string Heading => $"{Number} {Title}";
}
