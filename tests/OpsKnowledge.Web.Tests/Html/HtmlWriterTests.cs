using OpsKnowledge.Core.Model;
using OpsKnowledge.Web.Html;
using Xunit;

namespace OpsKnowledge.Web.Tests.Html;

public sealed class HtmlWriterTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)")]
    [InlineData("' onfocus='x", "&#x27; onfocus=&#x27;x")]
    [InlineData("客户满意度 ≥ 95%", "客户满意度 ≥ 95%")]
    [InlineData("A&B", "A&amp;B")]
    public void InterpolatedHoles_AreEscaped_LiteralsAreNot(string hole, string expected)
    {
        var html = new HtmlWriter();
        html.Append($"<td title=\"{hole}\">{hole}</td>");

        Assert.Equal($"<td title=\"{expected}\">{expected}</td>", html.ToString());
    }

    [Fact]
    public void TrustedHtml_IsWrittenAsIs()
    {
        var html = new HtmlWriter();
        html.Append($"<p>{new TrustedHtml("<b>x</b>")}{"<b>y</b>"}</p>");

        Assert.Equal("<p><b>x</b>&lt;b&gt;y&lt;/b&gt;</p>", html.ToString());
    }

    [Fact]
    public void MarkedText_WrapsHighlightsAndEscapesEveryPiece()
    {
        var text = "<b>客户满意度</b>达到95%";
        var marked = MarkedText.Render(text, [new TextSpan(3, 8), new TextSpan(100, 120)]);

        Assert.Equal("&lt;b&gt;<mark>客户满意度</mark>&lt;/b&gt;达到95%", marked.Value);
    }
}
