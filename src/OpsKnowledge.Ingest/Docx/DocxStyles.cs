using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpsKnowledge.Ingest.Docx;

/// <summary>Paragraph styles resolved through basedOn: heading level (from name or outline level) and inherited numbering.</summary>
public sealed partial class DocxStyles
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    public DocxStyles(StyleDefinitionsPart? part)
    {
        foreach (var style in part?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id) _styles[id] = style;
        }
    }

    /// <summary>1-based heading level of a paragraph style, or null for body styles.</summary>
    public int? HeadingLevel(string? styleId)
    {
        for (var (style, depth) = (Find(styleId), 0); style is not null && depth < 10; style = Find(style.BasedOn?.Val?.Value), depth++)
        {
            var name = style.StyleName?.Val?.Value ?? "";
            var match = HeadingName().Match(name);
            if (match.Success) return int.Parse(match.Groups[1].Value);
            if (style.StyleId?.Value is { } id && HeadingName().Match(id) is { Success: true } idMatch) return int.Parse(idMatch.Groups[1].Value);
            // Outline level 9 is "body text"; 0-8 are heading levels 1-9.
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline) return outline < 9 ? outline + 1 : null;
        }
        return null;
    }

    public bool IsTitle(string? styleId)
    {
        var style = Find(styleId);
        var name = style?.StyleName?.Val?.Value ?? styleId ?? "";
        return name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name == "标题";
    }

    /// <summary>Numbering a style carries (heading styles linked to a multilevel list).</summary>
    public (int NumId, int Level)? Numbering(string? styleId)
    {
        for (var (style, depth) = (Find(styleId), 0); style is not null && depth < 10; style = Find(style.BasedOn?.Val?.Value), depth++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr && numPr.NumberingId?.Val?.Value is { } numId)
                return (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
        }
        return null;
    }

    private Style? Find(string? id) => id is not null && _styles.TryGetValue(id, out var style) ? style : null;

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
