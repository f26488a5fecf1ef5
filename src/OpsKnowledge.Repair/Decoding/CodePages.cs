using System.Text;

namespace OpsKnowledge.Repair.Decoding;

/// <summary>The code pages the repair stage decodes and re-encodes with, strict and lenient.</summary>
public static class CodePages
{
    // Field initializers run in textual order before anything else: the provider must be registered before the encodings below are created.
    private static readonly bool Registered = Register();

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    /// <summary>GB18030, a superset of GBK and GB2312: labels gbk/gb2312 are decoded with it so no character is lost.</summary>
    public static Encoding Gb18030 { get; } = Get("GB18030", strict: false);

    public static Encoding Gb18030Strict { get; } = Get("GB18030", strict: true);

    public static Encoding Big5 { get; } = Get("big5", strict: false);

    public static Encoding Big5Strict { get; } = Get("big5", strict: true);

    public static Encoding Utf8Strict { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static Encoding Utf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: false);

    public static Encoding Windows1252 { get; } = Get("windows-1252", strict: false);

    /// <summary>Maps a charset label (HTML meta, HTTP header, detector output) to the encoding we decode it with, or null.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var normalized = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (normalized)
        {
            case "gbk" or "gb2312" or "x-gbk" or "gb_2312-80" or "cp936" or "windows-936" or "euc-cn" or "gb18030" or "hz-gb-2312":
                return Gb18030;
            case "big5" or "big5-hkscs" or "x-x-big5" or "cp950":
                return Big5;
            case "utf-8" or "utf8":
                return Utf8;
        }
        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A stable name for an encoding in reports.</summary>
    public static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        54936 => "gb18030",
        950 => "big5",
        65001 => "utf-8",
        1200 => "utf-16le",
        1201 => "utf-16be",
        _ => encoding.WebName,
    };

    private static Encoding Get(string name, bool strict) => !Registered ? throw new InvalidOperationException() : strict
        ? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        : Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
}
