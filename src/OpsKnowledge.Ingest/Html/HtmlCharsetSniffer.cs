using System.Text;
using System.Text.RegularExpressions;

namespace OpsKnowledge.Ingest.Html;

/// <summary>Finds the charset a page declares (BOM, then meta charset / http-equiv in the first bytes); a declaration is only a candidate.</summary>
public static partial class HtmlCharsetSniffer
{
    // The HTML spec's prescan looks at the first 1024 bytes; saved pages often carry long scripts first, so look a little further.
    private const int PrescanBytes = 4096;

    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8)) return "utf-8";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "utf-16le";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "utf-16be";

        // Latin-1 maps every byte to one char, so ASCII markup is found whatever the real encoding is.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value.Trim().ToLowerInvariant() : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
