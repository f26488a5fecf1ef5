namespace OpsKnowledge.Web.Html;

/// <summary>Markup our own code produced; the only value <see cref="HtmlWriter"/> writes without escaping.</summary>
internal readonly record struct TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
