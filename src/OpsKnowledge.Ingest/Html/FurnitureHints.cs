namespace OpsKnowledge.Ingest.Html;

/// <summary>Tells site furniture (navigation, ads, comment boxes, related-document lists) from content by tag, class and id.</summary>
public static class FurnitureHints
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "form", "nav", "aside", "footer", "button", "input",
        "select", "textarea", "svg", "canvas", "object", "embed", "head", "link", "meta", "img", "video", "audio",
    };

    // Whole class/id tokens, never substrings: "ad" must not hit "header" or "download".
    private static readonly HashSet<string> FurnitureTokens = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot", "header",
        "topbar", "toolbar", "sidebar", "side", "aside", "widget", "related", "relate", "recommend", "recommended", "hot",
        "rank", "ranking", "comment", "comments", "reply", "ad", "ads", "advert", "advertisement", "adv", "banner", "sponsor",
        "promo", "login", "signin", "register", "share", "social", "copyright", "cookie", "popup", "modal", "tip", "tips",
        "meta", "pagination", "pager", "download", "logo", "search", "guess", "feedback", "qrcode",
    };

    public static bool IsDroppedTag(string localName) => DroppedTags.Contains(localName);

    /// <summary>True when a class or id token names a kind of site furniture.</summary>
    public static bool HasFurnitureToken(string? classAttribute, string? id)
    {
        return AnyToken(classAttribute) || AnyToken(id);

        static bool AnyToken(string? value)
        {
            if (string.IsNullOrEmpty(value)) return false;
            foreach (var token in Tokens(value))
            {
                if (FurnitureTokens.Contains(token)) return true;
            }
            return false;
        }
    }

    /// <summary>Splits "main-nav relatedDocs ad_top" into main, nav, related, docs, ad, top.</summary>
    public static IEnumerable<string> Tokens(string value)
    {
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c) || (i > start && start >= 0 && char.IsUpper(c) && i > 0 && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                yield return value[start..i].ToLowerInvariant();
                start = -1;
            }
            if (char.IsAsciiLetterOrDigit(c) && start < 0) start = i;
        }
    }
}
