namespace OpsKnowledge.Repair;

/// <summary>Settings of the repair stage.</summary>
public sealed record RepairOptions
{
    public static RepairOptions Default { get; } = new();

    /// <summary>How much better (score per character) a candidate must be to replace the text; below it the span is reported unrecovered.</summary>
    public double MinimumGain { get; init; } = 0.8;

    /// <summary>The least score per character a replacement must reach on its own: garbage that merely beats worse garbage is not a repair.</summary>
    public double MinimumScore { get; init; } = -0.2;

    /// <summary>Remove page titles, preview notices, download and copyright blurbs, site footers.</summary>
    public bool RemoveBoilerplate { get; init; } = true;

    /// <summary>In a site-rendered document, turn ASCII punctuation between Chinese characters back into full width.</summary>
    public bool RestoreFullWidthPunctuation { get; init; } = true;

    /// <summary>Convert a document the site converted to traditional back to simplified (a genuinely traditional document is left alone).</summary>
    public bool ConvertSiteRenderedToSimplified { get; init; } = true;

    /// <summary>Longest run (in characters) the mojibake and realignment repairers try to re-decode as one piece.</summary>
    public int MaxRunLength { get; init; } = 4000;
}
