using System.Text.RegularExpressions;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Structure.Outline;

namespace OpsKnowledge.Structure;

/// <summary>
/// Finds the line that is the document's title among its first lines, passing over what a saved web page puts before it:
/// toolbar words (下载 打印 收藏 【字号】), breadcrumbs (首页 > 要闻), source and time lines, dates. A line that names a kind of
/// document (报告, 规划, 方案 …) wins over the first plain line.
/// </summary>
internal static partial class TitleLine
{
    private const int Window = 20;

    [GeneratedRegex(@"^(?:下载|打印|全屏|收藏|分享|关闭|返回|字号|字体|加大|还原|减小|首页|您的位置|当前位置|来源|时间|发布|作者|编辑|责任编辑|浏览|阅读|点击|扫一扫|【|】|>|›|[大中小]$|\d{4}[-/.年]\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Residue { get; }

    [GeneratedRegex(@"报告|规划|方案|计划|纲要|意见|通知|办法|要点|总结", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentKind { get; }

    /// <summary>The index of the title block, or -1; <paramref name="eligible"/> says which blocks are plain paragraphs.</summary>
    public static int Find(IReadOnlyList<SourceBlock> blocks, Func<int, bool> eligible)
    {
        var first = -1;
        for (var i = 0; i < Math.Min(Window, blocks.Count); i++)
        {
            if (blocks[i] is not SourceParagraph paragraph) break;
            var line = LineText.Flatten(paragraph.Text).Trim();
            if (line.Length == 0 || Residue.IsMatch(line) || line.StartsWith("——", StringComparison.Ordinal)) continue;
            if (!eligible(i) || line.Length > 40 || line[^1] is '。' or '；' or '，' or '：' or ':') break;
            if (line.Length < 4) continue;
            if (DocumentKind.IsMatch(line)) return i;
            if (first < 0) first = i;
        }
        return first;
    }
}
