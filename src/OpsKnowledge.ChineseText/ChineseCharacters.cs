namespace OpsKnowledge.ChineseText;

/// <summary>The named Unicode ranges the stages test Chinese text against, so each caller says which class it means.</summary>
public static class ChineseCharacters
{
    /// <summary>True in the CJK Unified Ideographs block (U+4E00–U+9FFF), where all common Chinese characters lie.</summary>
    public static bool IsUnifiedIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>True in CJK Unified Ideographs Extension A (U+3400–U+4DBF): rare characters, mostly seen in damaged text.</summary>
    public static bool IsExtensionA(char c) => c is >= '\u3400' and <= '\u4DBF';

    /// <summary>True in the CJK Compatibility Ideographs block (U+F900–U+FAFF).</summary>
    public static bool IsCompatibilityIdeograph(char c) => c is >= '\uF900' and <= '\uFAFF';

    /// <summary>True for every Han character of the BMP: unified ideographs, Extension A and compatibility ideographs.</summary>
    public static bool IsHan(char c) => IsUnifiedIdeograph(c) || IsExtensionA(c) || IsCompatibilityIdeograph(c);

    /// <summary>True in CJK Symbols and Punctuation (U+3000–U+303F): the ideographic space, 。、「」《》 and the like.</summary>
    public static bool IsCjkPunctuation(char c) => c is >= '\u3000' and <= '\u303F';

    /// <summary>True in Halfwidth and Fullwidth Forms (U+FF00–U+FFEF): ，（）％ and full-width Latin letters and digits.</summary>
    public static bool IsFullWidthForm(char c) => c is >= '\uFF00' and <= '\uFFEF';

    /// <summary>True from CJK Symbols and Punctuation to the end of the unified ideographs (U+3000–U+9FFF, kana and bopomofo included) or in the full-width forms: characters set without spaces between them.</summary>
    public static bool IsCjkSpanOrFullWidth(char c) => c is >= '\u3000' and <= '\u9FFF' || IsFullWidthForm(c);
}
