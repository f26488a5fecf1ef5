namespace OpsKnowledge.Repair.Scoring;

/// <summary>How plausible a character is in Chinese plan text, from its place in GB2312/GBK/GB18030.</summary>
public enum CharacterBand : byte
{
    /// <summary>Not yet classified; never returned by <see cref="CharacterBands.Of"/>.</summary>
    Unknown = 0,
    Ascii,
    Whitespace,
    /// <summary>Punctuation Chinese text uses all the time (。，、；：？！“”（）《》 and friends).</summary>
    CommonPunctuation,
    /// <summary>GB2312 level 1: the 3755 common characters (0xB0A1–0xD7FE).</summary>
    CommonHan,
    /// <summary>GB2312 level 2: 3008 less common characters (0xD8A1–0xF7FE).</summary>
    LessCommonHan,
    /// <summary>GB2312 symbol rows other than common punctuation: kana, Greek, Cyrillic, box drawing.</summary>
    RareSymbol,
    /// <summary>Two-byte GBK outside GB2312: mostly traditional and rare characters.</summary>
    GbkExtension,
    /// <summary>Latin-1 supplement and Windows-1252 letters: the signature of bytes read as a Western code page.</summary>
    LatinSupplement,
    /// <summary>Four-byte GB18030 only (CJK Extension A/B, other scripts).</summary>
    RareHan,
    /// <summary>Other characters that are assigned but foreign to Chinese plans.</summary>
    Other,
    /// <summary>Private use, unassigned, controls, surrogates, U+FFFD: never the right answer.</summary>
    Impossible,
}
