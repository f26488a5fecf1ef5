namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>The kinds of damage the generator puts into about one document in five.</summary>
public enum DamageKind
{
    None,
    /// <summary>The whole file saved as GBK (GB18030) instead of UTF-8.</summary>
    GbkBytes,
    /// <summary>Some paragraphs are UTF-8 bytes that were read as GBK and saved again (锟斤拷-style mojibake).</summary>
    Utf8ReadAsGbk,
    /// <summary>Some paragraphs in traditional characters, some words followed by pinyin annotations.</summary>
    TraditionalWithPinyin,
    /// <summary>Page footers, site notices and copyright lines between paragraphs.</summary>
    Boilerplate,
    /// <summary>GBK file with single bytes lost inside Chinese runs, so the following characters are misaligned.</summary>
    LostByteInGbk,
}
