namespace OpsKnowledge.Core.Model;

/// <summary>A heading and everything under it up to the next heading of the same or a higher level.</summary>
public sealed record Section
{
    /// <summary>Position in <see cref="Document.Sections"/>.</summary>
    public required int Index { get; init; }

    public int? ParentIndex { get; init; }

    /// <summary>1 for top-level headings; deeper headings count up.</summary>
    public required int Level { get; init; }

    /// <summary>The number as written, without trailing punctuation or space: "3.2", "第三章", "一", "（一）", "1）".</summary>
    public string? Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Headings from the top down to this one, each as "number title" (e.g. "9 运营监控与改进", "9.1 关键运营指标").</summary>
    public required IReadOnlyList<string> Path { get; init; }

    public required TextSpan HeadingSpan { get; init; }

    /// <summary>From the heading to the end of the section, subsections included.</summary>
    public required TextSpan Span { get; init; }

    public int? Page { get; init; }

    public string Heading => FormatHeading(Number, Title);

    /// <summary>
    /// A heading as a reader expects to see it: Chinese ordinals keep their 、 ("二、总体目标"), bracketed numbers
    /// stand directly before the title ("（一）管理目标"), decimal and chapter numbers take a space ("3.2 销售策略", "第三章 服务质量").
    /// </summary>
    public static string FormatHeading(string? number, string title)
    {
        if (string.IsNullOrEmpty(number)) return title;
        var last = number[^1];
        if (last is ')' or '）' or '】' or '.' or '、' || number[0] is '(' or '（' or '【' || (number.Length == 1 && last is >= '\u2460' and <= '\u24FF'))
        {
            return number + title;
        }
        return IsChineseOrdinal(number) ? $"{number}、{title}" : $"{number} {title}";
    }

    private static bool IsChineseOrdinal(string number)
    {
        foreach (var c in number)
        {
            if ("零〇一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾佰貳參陸".IndexOf(c) < 0) return false;
        }
        return true;
    }

    public string PathText => string.Join(" > ", Path);
}
