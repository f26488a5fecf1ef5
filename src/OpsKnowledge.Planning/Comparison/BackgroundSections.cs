namespace OpsKnowledge.Planning.Comparison;

/// <summary>Sections that describe where a plan starts from (项目背景, 现状分析, 发展基础): their figures are context, not targets.</summary>
public static class BackgroundSections
{
    // Both scripts: Planning does not depend on Extract's script folding.
    private static readonly string[] Words =
    [
        "背景", "现状", "回顾", "基本情况", "概况", "发展基础", "存在问题", "问题分析", "形势",
        "現狀", "回顧", "基本情況", "概況", "發展基礎", "存在問題", "問題分析", "形勢",
    ];

    /// <summary>True when any heading of the path names a background section.</summary>
    public static bool IsBackground(string? sectionPath)
    {
        if (string.IsNullOrWhiteSpace(sectionPath)) return false;
        foreach (var word in Words)
        {
            if (sectionPath.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
