namespace OpsKnowledge.Web.Html;

/// <summary>The "?" badge beside a value that rests on a guessed repair, unrecovered bytes or poor OCR; its title gives the reason.</summary>
internal static class UncertainBadge
{
    public static void Write(HtmlWriter html, bool uncertain, string? because)
    {
        if (!uncertain) return;
        var reason = $"存疑：{because ?? "依据的修复为猜测"}";
        html.Append($"""<span class="uncertain" title="{reason}" aria-label="{reason}">?</span>""");
    }

    /// <summary>The badge as markup to place inside an interpolated hole; empty when the value is certain.</summary>
    public static TrustedHtml For(bool uncertain, string? because)
    {
        var html = new HtmlWriter();
        Write(html, uncertain, because);
        return new TrustedHtml(html.ToString());
    }
}
