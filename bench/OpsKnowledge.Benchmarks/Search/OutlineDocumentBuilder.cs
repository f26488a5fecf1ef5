using System.Text;
using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Benchmarks.Search;

/// <summary>A rough stand-in for the structure stage, for measuring search alone: numbered or # lines become headings, levels by first appearance of each numbering style.</summary>
internal static partial class OutlineDocumentBuilder
{
    public static Document Build(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var styles = new List<string>();
        var headings = new List<(int Level, string Title, TextSpan Span)>();
        var blocks = new List<Block>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            var style = StyleOf(trimmed, out var title);
            if (style is not null)
            {
                if (!styles.Contains(style)) styles.Add(style);
                headings.Add((styles.IndexOf(style) + 1, title, new TextSpan(offset, offset + line.Length)));
            }
            else if (trimmed.Length > 0)
            {
                blocks.Add(new Paragraph { Text = line, Span = new TextSpan(offset, offset + line.Length), SectionIndex = headings.Count == 0 ? null : headings.Count - 1 });
            }
            offset += line.Length + 1;
        }

        var sections = new List<Section>();
        var stack = new List<int>();
        for (var i = 0; i < headings.Count; i++)
        {
            var (level, title, span) = headings[i];
            while (stack.Count > 0 && headings[stack[^1]].Level >= level) stack.RemoveAt(stack.Count - 1);
            var end = text.Length;
            for (var j = i + 1; j < headings.Count; j++)
            {
                if (headings[j].Level <= level)
                {
                    end = headings[j].Span.Start;
                    break;
                }
            }
            sections.Add(new Section
            {
                Index = i,
                ParentIndex = stack.Count > 0 ? stack[^1] : null,
                Level = level,
                Title = title,
                Path = [.. stack.Select(p => headings[p].Title), title],
                HeadingSpan = span,
                Span = new TextSpan(span.Start, end),
            });
            stack.Add(i);
        }

        return new Document
        {
            Id = Path.GetFileName(path),
            SourcePath = path,
            Format = Path.GetExtension(path).TrimStart('.'),
            OriginalText = text,
            Text = text,
            Repair = RepairReport.None,
            Title = text[..Math.Max(0, text.IndexOf('\n'))],
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections = sections,
            Blocks = blocks,
        };
    }

    private static string? StyleOf(string line, out string title)
    {
        title = line.TrimStart('#').Trim();
        if (line.StartsWith('#')) return "md" + line.TakeWhile(c => c == '#').Count();
        if (line.Length == 0 || line.Length > 40 || line.StartsWith('|') || "。；;".Contains(line[^1])) return null;
        foreach (var (name, pattern) in Styles)
        {
            if (pattern.IsMatch(line)) return name;
        }
        return null;
    }

    private static readonly (string, Regex)[] Styles =
    [
        ("chapter", Chapter()), ("part", Part()), ("cn", Cn()), ("paren-cn", ParenCn()),
        ("d3", D3()), ("d2", D2()), ("d1", D1()), ("d-paren", DParen()),
    ];

    [GeneratedRegex(@"^第[一二三四五六七八九十\d]+章")] private static partial Regex Chapter();
    [GeneratedRegex(@"^(第[一二三四五六七八九十\d]+节|[壹贰叁肆伍陆柒捌玖拾貳參陸]+、)")] private static partial Regex Part();
    [GeneratedRegex(@"^[一二三四五六七八九十]+、")] private static partial Regex Cn();
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[)）]")] private static partial Regex ParenCn();
    [GeneratedRegex(@"^\d+\.\d+\.\d+")] private static partial Regex D3();
    [GeneratedRegex(@"^\d+\.\d+")] private static partial Regex D2();
    [GeneratedRegex(@"^\d+[\.．、]")] private static partial Regex D1();
    [GeneratedRegex(@"^\d+[）)]")] private static partial Regex DParen();
}
