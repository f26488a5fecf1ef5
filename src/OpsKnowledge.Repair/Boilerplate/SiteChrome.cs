namespace OpsKnowledge.Repair.Boilerplate;

/// <summary>The controls a news or government site prints around an article (打印 全屏 收藏, 【字号：加大 还原 减小】, 分享到,
/// 您的位置: 首页 >, 责任编辑, 扫一扫在手机打开当前页): a line made of nothing else is page chrome, not the document's text.</summary>
internal static class SiteChrome
{
    // Longest first, so 分享到微信 is taken whole before 分享. Simplified forms: lines are compared after script conversion.
    private static readonly string[] Words =
    [
        .. new[]
        {
            "扫一扫在手机打开当前页", "点击图片进入专题", "分享到微信", "分享到微博", "打印本页", "关闭窗口", "您的位置", "当前位置", "责任编辑",
            "相关附件", "相关链接", "相关报道", "打印", "全屏", "收藏", "字号", "字体", "加大", "还原", "减小", "放大", "缩小", "默认",
            "分享到", "分享", "首页", "扫一扫", "微信", "微博", "关闭",
        }.OrderByDescending(w => w.Length),
    ];

    // Punctuation and separators the controls are drawn with.
    private const string Separators = "【】[]（）()：:|｜×>》《<／/·•、，, \t\u3000";

    // Longer lines say something: a toolbar line is a few controls at most.
    private const int MaxLength = 16;

    /// <summary>True when the (simplified, trimmed) line is only site controls and separators.</summary>
    public static bool IsControlLine(string line) => Rest(line) is { Length: 0 } && HasWord(line);

    /// <summary>True when the line opens a text-size control (【字号： or 【字体：), after which the sizes 大 中 小 stand on lines of their own.</summary>
    public static bool OpensSizeControl(string line) => line.Contains("字号", StringComparison.Ordinal) || line.Contains("字体", StringComparison.Ordinal);

    /// <summary>A line of sizes only (大, 中, 小, 加大 …): chrome right after a size control, a table cell anywhere else.</summary>
    public static bool IsSizeLine(string line)
    {
        var rest = Rest(line);
        if (rest is null) return false;
        foreach (var c in rest)
        {
            if (c is not ('大' or '中' or '小')) return false;
        }
        return true;
    }

    /// <summary>A line of separators only (|, ×, >): chrome between controls.</summary>
    public static bool IsSeparatorLine(string line) => line.Length is > 0 and <= 3 && line.All(c => Separators.Contains(c));

    /// <summary>What is left of the line without its control words and separators; null when the line is too long to be controls.</summary>
    private static string? Rest(string line)
    {
        if (line.Length == 0 || line.Length > MaxLength) return null;
        var rest = line;
        foreach (var word in Words) rest = rest.Replace(word, "", StringComparison.Ordinal);
        return string.Concat(rest.Where(c => !Separators.Contains(c)));
    }

    private static bool HasWord(string line)
    {
        foreach (var word in Words)
        {
            if (line.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
