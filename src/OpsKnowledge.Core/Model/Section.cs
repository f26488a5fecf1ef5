namespace OpsKnowledge.Core.Model;

/// <summary>A heading and everything under it up to the next heading of the same or a higher level.</summary>
public sealed record Section
{
    /// <summary>Position in <see cref="Document.Sections"/>.</summary>
    public required int Index { get; init; }

    public int? ParentIndex { get; init; }

    /// <summary>1 for top-level headings; deeper headings count up.</summary>
    public required int Level { get; init; }

    /// <summary>The number as written, without trailing punctuation: "3.2", "第三章", "一", "（一）" as "(一)".</summary>
    public string? Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Headings from the top down to this one, each as "number title" (e.g. "9 运营监控与改进", "9.1 关键运营指标").</summary>
    public required IReadOnlyList<string> Path { get; init; }

    public required TextSpan HeadingSpan { get; init; }

    /// <summary>From the heading to the end of the section, subsections included.</summary>
    public required TextSpan Span { get; init; }

    public int? Page { get; init; }

    public string Heading => Number is null ? Title : $"{Number} {Title}";

    public string PathText => string.Join(" > ", Path);
}
