using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpsKnowledge.Web.Html;

/// <summary>Builds a page: literal parts of an interpolated string are markup, every hole is HTML-escaped unless it is <see cref="TrustedHtml"/>.</summary>
/// <remarks>Escaping by default means a forgotten call cannot let document text through as markup; scraped pages carry scripts.</remarks>
internal sealed class HtmlWriter
{
    // Chinese stays readable in the page source; &lt; &gt; &amp; &quot; &#x27; and controls are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new(16 * 1024);

    public HtmlWriter Append([InterpolatedStringHandlerArgument("")] ref Handler handler) => this;

    /// <summary>Writes escaped text.</summary>
    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) _builder.Append(Encoder.Encode(text));
        return this;
    }

    public HtmlWriter Raw(TrustedHtml markup)
    {
        _builder.Append(markup.Value);
        return this;
    }

    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    public override string ToString() => _builder.ToString();

    /// <summary>Appends literals as they are and holes escaped.</summary>
    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private readonly StringBuilder _builder;

        public Handler(int literalLength, int formattedCount, HtmlWriter writer)
        {
            _builder = writer._builder;
            _builder.EnsureCapacity(_builder.Length + literalLength + formattedCount * 16);
        }

        public readonly void AppendLiteral(string literal) => _builder.Append(literal);

        public readonly void AppendFormatted(TrustedHtml markup) => _builder.Append(markup.Value);

        public readonly void AppendFormatted(string? text)
        {
            if (!string.IsNullOrEmpty(text)) _builder.Append(Encoder.Encode(text));
        }

        public readonly void AppendFormatted<T>(T value)
        {
            var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
            if (!string.IsNullOrEmpty(text)) _builder.Append(Encoder.Encode(text));
        }
    }
}
