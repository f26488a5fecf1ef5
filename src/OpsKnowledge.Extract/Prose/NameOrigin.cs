namespace OpsKnowledge.Extract.Prose;

/// <summary>How a prose record's indicator name was formed: the evidence its confidence is read from.</summary>
public enum NameOrigin
{
    /// <summary>A grammar of its own (reach, change, coverage …) read name and value together.</summary>
    Grammar,

    /// <summary>The words right before the figure name it (生产总值6.66万亿元).</summary>
    Direct,

    /// <summary>A count named by the noun after it, with the verb before it (建成35个先导区).</summary>
    CountedNoun,

    /// <summary>The name took a verb or head carried over from an earlier item of the clause (新增A 11个、B 9个).</summary>
    Carried,

    /// <summary>One item of a 分别/均 list (城镇居民… / 农村居民…).</summary>
    ListItem,

    /// <summary>A nameless figure given to the indicator just named (…9.5万亿元、增长4.4%).</summary>
    PreviousIndicator,

    /// <summary>A value written as a word (全覆盖, 翻番), named by the subjects of its clause.</summary>
    WordValue,

    /// <summary>Named by the noun after the figure: a project's investment or the work a size measures.</summary>
    FollowingNoun,

    /// <summary>A value line named by the label line above it.</summary>
    LabelAbove,
}
