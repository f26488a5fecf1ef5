namespace OpsKnowledge.Structure.Numbering;

/// <summary>The ways Chinese plans number their headings and list items.</summary>
internal enum NumberingKind
{
    None,
    /// <summary>1. 1.1 2.1.1 (depth counts as its own style), or a bare "1 " before a title.</summary>
    Decimal,
    /// <summary>1、</summary>
    DecimalComma,
    /// <summary>1） 1)</summary>
    DecimalParen,
    /// <summary>(1) （1）</summary>
    ParenDecimal,
    /// <summary>① ②</summary>
    Circled,
    /// <summary>一、</summary>
    ChineseComma,
    /// <summary>壹、 贰、</summary>
    CapitalChineseComma,
    /// <summary>（一） (一)</summary>
    ChineseParen,
    /// <summary>第一章</summary>
    Chapter,
    /// <summary>第一节</summary>
    ChapterSection,
    /// <summary>第一篇 第一部分</summary>
    Part,
    /// <summary>第一条</summary>
    Article,
}
