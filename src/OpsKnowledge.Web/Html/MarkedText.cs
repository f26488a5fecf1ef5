using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Web.Html;

/// <summary>Text with some spans wrapped in &lt;mark&gt;: each piece escaped, only the mark tags ours.</summary>
internal static class MarkedText
{
    public static TrustedHtml Render(string text, IReadOnlyList<TextSpan> highlights)
    {
        var html = new HtmlWriter();
        var at = 0;
        foreach (var span in highlights.OrderBy(h => h.Start))
        {
            var start = Math.Clamp(span.Start, at, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            if (end <= start) continue;
            html.Text(text[at..start]);
            html.Append($"<mark>{text[start..end]}</mark>");
            at = end;
        }
        html.Text(text[at..]);
        return new TrustedHtml(html.ToString());
    }
}
