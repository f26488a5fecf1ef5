namespace OpsKnowledge.Web.Html;

/// <summary>The "?" badge beside a value that rests on a guessed repair, unrecovered bytes or poor OCR; its title gives the reason.</summary>
internal static class UncertainBadge
{
    private static readonly TrustedHtml None = new("");

    /// <summary>The badge as markup to place inside an interpolated hole; empty (and nothing allocated) when the value is certain.</summary>
    public static TrustedHtml For(bool uncertain, string? because)
    {
        if (!uncertain) return None;
        // The reason quotes document text (a guessed character): escaped like every hole of a page.
        var reason = HtmlWriter.Escape($"存疑：{because ?? "依据的修复为猜测"}");
        return new TrustedHtml($"""<span class="uncertain" title="{reason}" aria-label="{reason}">?</span>""");
    }
}
