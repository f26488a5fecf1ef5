using System.Globalization;
using System.Text;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>A precomputed lookup from every BMP character to its <see cref="CharacterBand"/>.</summary>
public static class CharacterBands
{
    private const string CommonPunctuationChars = "。，、；：？！“”‘’（）《》【】—…·「」『』〈〉％＋－／＝～＜＞〔〕．";

    // One byte per BMP character, built once: a table lookup is what lets clean text pass at tens of MB/s.
    private static readonly CharacterBand[] Table = Build();

    /// <summary>The band of <paramref name="c"/>.</summary>
    public static CharacterBand Of(char c) => Table[c];

    /// <summary>True for characters that make a text look damaged and deserve a closer look.</summary>
    public static bool IsSuspicious(char c)
    {
        var band = Table[c];
        return band >= CharacterBand.RareSymbol || c == '?';
    }

    private static CharacterBand[] Build()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = System.Text.Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var table = new CharacterBand[65536];
        Span<byte> bytes = stackalloc byte[8];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            table[i] = Classify(c, gb, one, bytes);
        }
        return table;
    }

    private static CharacterBand Classify(char c, System.Text.Encoding gb, Span<char> one, Span<byte> bytes)
    {
        if (c is '\t' or '\n' or '\r' or ' ' or '\u3000' or '\u00A0') return CharacterBand.Whitespace;
        if (c < 0x20 || c == 0x7F) return CharacterBand.Impossible;
        // C1 controls only appear where a Western decoder kept an undefined byte: mojibake, not text.
        if (c >= 0x80 && c < 0xA0) return CharacterBand.LatinSupplement;
        if (c < 0x80) return CharacterBand.Ascii;
        if (CommonPunctuationChars.Contains(c)) return CharacterBand.CommonPunctuation;
        if (c >= 0xA0 && c <= 0xFF) return CharacterBand.LatinSupplement;
        if (Windows1252Specials.Contains(c)) return CharacterBand.LatinSupplement;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.Control or UnicodeCategory.Format || c == '\uFFFD')
        {
            return CharacterBand.Impossible;
        }
        one[0] = c;
        int n;
        try
        {
            n = gb.GetBytes(one, bytes);
        }
        catch (EncoderFallbackException)
        {
            return CharacterBand.Other;
        }
        if (n == 4) return ChineseCharacters.IsHan(c) ? CharacterBand.RareHan : CharacterBand.Other;
        if (n != 2) return CharacterBand.Other;
        int lead = bytes[0], trail = bytes[1];
        if (trail >= 0xA1 && lead >= 0xB0 && lead <= 0xD7) return CharacterBand.CommonHan;
        if (trail >= 0xA1 && lead >= 0xD8 && lead <= 0xF7) return CharacterBand.LessCommonHan;
        if (trail >= 0xA1 && lead >= 0xA1 && lead <= 0xA9)
        {
            // Rows A1/A2 (、。…≥≤℃①Ⅰ) and full-width punctuation are everyday in plans; full-width letters, kana, Greek, box drawing are not.
            if (lead is 0xA1 or 0xA2) return CharacterBand.CommonPunctuation;
            return lead == 0xA3 && c >= '\uFF01' && c <= '\uFF5E' && !char.IsLetterOrDigit(c) ? CharacterBand.CommonPunctuation : CharacterBand.RareSymbol;
        }
        return ChineseCharacters.IsHan(c) ? CharacterBand.GbkExtension : CharacterBand.RareSymbol;
    }

    internal const string Windows1252Specials = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
}
