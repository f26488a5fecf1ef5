namespace OpsKnowledge.Planning.Comparison;

/// <summary>Writes where a value came from as "doc › section", the section being the innermost heading of the path.</summary>
public static class SourceLabel
{
    public static string Of(string doc, string? sectionPath)
    {
        if (string.IsNullOrWhiteSpace(sectionPath)) return doc;
        var separator = sectionPath.LastIndexOf(" > ", StringComparison.Ordinal);
        var innermost = separator < 0 ? sectionPath : sectionPath[(separator + 3)..];
        return $"{doc} › {innermost.Trim()}";
    }
}
