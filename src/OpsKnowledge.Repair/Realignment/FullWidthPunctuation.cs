namespace OpsKnowledge.Repair.Realignment;

/// <summary>The ASCII punctuation sites substitute for full-width forms, and back.</summary>
public static class FullWidthPunctuation
{
    /// <summary>The full-width form of an ASCII punctuation mark, or the character itself.</summary>
    public static char ToFullWidth(char c) => c switch
    {
        ',' => '，', ';' => '；', ':' => '：', '?' => '？', '!' => '！', '(' => '（', ')' => '）',
        _ => c,
    };

    /// <summary>True for the ASCII marks <see cref="ToFullWidth"/> converts.</summary>
    public static bool IsConvertible(char c) => c is ',' or ';' or ':' or '?' or '!' or '(' or ')';
}
