using System.Buffers;
using System.Text.RegularExpressions;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Boilerplate;

/// <summary>Removes page furniture a site or an export added: page-title lines, preview notices, download and copyright blurbs, footers, repeated headers.</summary>
public sealed partial class BoilerplateRemover : IRepairer
{
    // Vocabulary of document-sharing sites, never of plans; matched on the simplified form of a line.
    private static readonly string[] SiteWords =
    [
        "下载", "本文档", "上传", "版权", "侵权", "举报", "认领", "本站", "温馨提示", "相关文档", "最新文档", "猜你喜欢",
        "评论", "文档简介", "阅读全文", "免费阅读", "继续阅读", "提供方", "收益归属", "文库", "原创力", "付费", "点击查看",
    ];

    private static readonly string[] FooterMarkers = ["温馨提示", "最新文档", "相关文档", "猜你喜欢", "相关推荐", "评论", "相关报道", "责任编辑"];

    private static readonly string[] Markers =
        ["页", "頁", "下载", "下載", "版权", "版權", "温馨", "溫馨", "文档", "文檔", "评论", "評論", "侵权", "侵權", "本站", "上传", "上傳", "举报", "舉報", "猜你喜欢", "文库", "文庫",
         "打印", "字号", "字號", "字体", "字體", "责任编辑", "責任編輯", "相关报道", "相關報道", "您的位置"];

    // First characters of the markers: a vectorized scan for a few characters is far faster than a multi-string search over Chinese text.
    private static readonly SearchValues<char> MarkerStarts = SearchValues.Create(string.Concat(Markers.Select(m => m[0]).Distinct()));

    public string Kind => "boilerplate";

    public bool MightApply(string text, RepairState state)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(MarkerStarts); i >= 0; )
        {
            foreach (var marker in Markers)
            {
                if (span[i..].StartsWith(marker, StringComparison.Ordinal)) return true;
            }
            var next = span[(i + 1)..].IndexOfAny(MarkerStarts);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    public void FindRepairs(RepairContext context)
    {
        var text = context.Text;
        var lines = SplitLines(text);
        var remove = new bool[lines.Count];
        var repeated = CountRepeats(text, lines);
        var footerFrom = -1;
        // Site controls (SiteChrome): the last control line, and the last size control (【字号：), whose 大 中 小 follow on their own lines.
        var lastControl = -2;
        var lastSizeControl = -10;
        for (var n = 0; n < lines.Count; n++)
        {
            var (start, end) = lines[n];
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length == 0) continue;
            var simplified = ScriptFolding.Standard.ToSimplified(line.ToString());
            if (SiteChrome.IsControlLine(simplified)
                || (SiteChrome.IsSizeLine(simplified) && n - lastSizeControl <= 4)
                || (SiteChrome.IsSeparatorLine(simplified) && n - lastControl <= 2))
            {
                if (SiteChrome.OpensSizeControl(simplified)) lastSizeControl = n;
                lastControl = n;
                remove[n] = true;
                if (footerFrom < 0 && n >= lines.Count / 2 && Array.Exists(FooterMarkers, m => simplified.Contains(m, StringComparison.Ordinal))) footerFrom = n;
                continue;
            }
            var preview = PreviewNotice().Match(simplified);
            if (preview.Success)
            {
                context.State.Partial = true;
                var shown = int.Parse(preview.Groups["shown"].Value);
                context.State.PagesShown = shown;
                context.State.PagesTotal = shown + int.Parse(preview.Groups["left"].Value);
                remove[n] = true;
                continue;
            }
            if (footerFrom < 0 && n >= lines.Count / 2 && simplified.Length <= 8 && Array.Exists(FooterMarkers, m => simplified.Contains(m, StringComparison.Ordinal)))
            {
                footerFrom = n;
            }
            if (PageTitle().IsMatch(simplified) || IsSiteLine(simplified) || repeated.Contains(simplified))
            {
                remove[n] = true;
            }
        }
        var footerStart = text.Length;
        if (footerFrom >= 0 && IsFooter(text, lines, footerFrom))
        {
            // The footer runs to the end: cut from the end of the last content line, blank lines included.
            var last = footerFrom - 1;
            while (last >= 0 && (remove[last] || text.AsSpan(lines[last].Start, lines[last].End - lines[last].Start).Trim().Length == 0)) last--;
            footerStart = last >= 0 ? lines[last].End : 0;
            for (var n = footerFrom; n < lines.Count; n++)
            {
                if (text.AsSpan(lines[n].Start, lines[n].End - lines[n].Start).Trim().Length > 0) context.State.BoilerplateRemoved++;
            }
        }
        for (var n = 0; n < lines.Count; n++)
        {
            if (!remove[n] || lines[n].Start >= footerStart) continue;
            var (start, end) = lines[n];
            if (text.AsSpan(start, end - start).Trim().Length == 0) continue;
            // Take the line's break and the blank lines after it, so no gap is left where the furniture was.
            var next = n + 1;
            while (next < lines.Count && lines[next].Start < footerStart && text.AsSpan(lines[next].Start, lines[next].End - lines[next].Start).Trim().Length == 0) next++;
            var stop = next < lines.Count ? Math.Min(lines[next].Start, footerStart) : text.Length;
            if (next < lines.Count && lines[next].Start >= footerStart) stop = footerStart;
            context.Repairs.Add(new SpanRepair(start, Math.Max(stop, end), "", 0.9));
            context.State.BoilerplateRemoved++;
            n = next - 1;
        }
        if (footerStart < text.Length) context.Repairs.Add(new SpanRepair(footerStart, text.Length, "", 0.9));
    }

    // After a footer marker, a site has only short blurbs and widgets; a numbered heading there means the document goes on.
    private static bool IsFooter(string text, List<(int Start, int End)> lines, int from)
    {
        for (var n = from + 1; n < lines.Count; n++)
        {
            var line = text.AsSpan(lines[n].Start, lines[n].End - lines[n].Start).Trim();
            var simplified = ScriptFolding.Standard.ToSimplified(line.ToString());
            if (line.Length > 160 || (HeadingStart().IsMatch(simplified) && !Array.Exists(SiteWords, w => simplified.Contains(w, StringComparison.Ordinal)))) return false;
        }
        return true;
    }

    private static bool IsSiteLine(string line)
    {
        if (line.Contains('|')) return false;
        var hits = 0;
        foreach (var word in SiteWords)
        {
            if (line.Contains(word, StringComparison.Ordinal)) hits++;
        }
        return hits >= 3 || (hits >= 2 && line.Length <= 40) || (hits >= 1 && line.Length <= 8);
    }

    // Headers and footers repeat on every page; plan lines rarely repeat verbatim three times.
    private static HashSet<string> CountRepeats(string text, List<(int Start, int End)> lines)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (start, end) in lines)
        {
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length < 4 || line.Length > 60 || line.Contains('|') || !HasHan(line)) continue;
            var key = line.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var result = new HashSet<string>();
        foreach (var (key, count) in counts)
        {
            if (count >= 3) result.Add(ScriptFolding.Standard.ToSimplified(key));
        }
        return result;
    }

    private static bool HasHan(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (ChineseCharacters.IsHan(c)) return true;
        }
        return false;
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add((start, i > start && text[i - 1] == '\r' ? i - 1 : i));
            start = i + 1;
        }
        lines.Add((start, text.Length));
        return lines;
    }

    [GeneratedRegex(@"已(?:阅读|预览|浏览|读)\s*(?<shown>\d{1,4})\s*页.{0,8}?(?:还剩|剩余|剩下)\s*(?<left>\d{1,5})\s*页")]
    private static partial Regex PreviewNotice();

    [GeneratedRegex(@"(?:[_\-—|·]\s*第\s*\d{1,4}\s*页\s*$)|(?:^第\s*\d{1,4}\s*页(?:\s*[/，,]\s*共\s*\d{1,4}\s*页)?$)|(?:^[-—]\s*\d{1,4}\s*[-—]$)")]
    private static partial Regex PageTitle();

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*[\s、.]|[一二三四五六七八九十]{1,3}、)")]
    private static partial Regex HeadingStart();
}
