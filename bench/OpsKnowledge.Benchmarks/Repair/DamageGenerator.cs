using System.Text;
using ICU4N.Text;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Benchmarks.Repair;

/// <summary>Deterministic, seeded damage of clean Chinese text, one function per damage kind the repair stage undoes.</summary>
public sealed class DamageGenerator
{
    private readonly Random random;

    [ThreadStatic]
    private static Transliterator? toTraditional;

    public DamageGenerator(int seed) => random = new Random(seed);

    public static string Utf8ReadAsGbk(string text) => CodePages.Gb18030.GetString(Encoding.UTF8.GetBytes(text)).Replace('\uFFFD', '?');

    public static string Utf8ReadAsLatin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>Windows-1252 has five undefined bytes; this decoder drops them, as many tools do.</summary>
    public static string Utf8ReadAsWindows1252(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D) continue;
            builder.Append(CodePages.Windows1252.GetString([b]));
        }
        return builder.ToString();
    }

    public static string DoubleUtf8(string text) => Utf8ReadAsLatin1(Utf8ReadAsLatin1(text));

    public static string GbkReadAsLatin1(string text) => Encoding.Latin1.GetString(CodePages.Gb18030.GetBytes(text));

    public static string Big5ReadAsGbk(string traditional) => CodePages.Gb18030.GetString(CodePages.Big5.GetBytes(traditional)).Replace('\uFFFD', '?');

    public static string? GbkReadAsBig5(string text)
    {
        try
        {
            return CodePages.Big5Strict.GetString(CodePages.Gb18030.GetBytes(text));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Simplified to traditional, as a site converts a page (ICU Simplified-Traditional).</summary>
    public static string ToTraditional(string text) => (toTraditional ??= Transliterator.GetInstance("Simplified-Traditional")).Transliterate(text);

    /// <summary>A document site's rendering: converted characters in traditional with their pinyin in parentheses, full-width , : ; ! turned ASCII.</summary>
    public static string SiteRender(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            var t = ChineseCharacters.IsHan(c) ? ToTraditional(c.ToString()) : c.ToString();
            if (t.Length == 1 && t[0] != c)
            {
                builder.Append(t).Append('(').Append(PinyinReadings.IcuReading(c)).Append(')');
                continue;
            }
            builder.Append(c switch { '，' => ',', '：' => ':', '；' => ';', '！' => '!', _ => c });
        }
        return builder.ToString();
    }

    /// <summary>The lead byte of the double-byte character at <paramref name="index"/> is lost (shown as ?) and the bytes after it pair wrongly until an ASCII byte.</summary>
    public static string Misalign(string text, int index)
    {
        var before = CodePages.Gb18030.GetBytes(text[..index]);
        var rest = CodePages.Gb18030.GetBytes(text[index..]);
        if (rest.Length < 2 || rest[0] < 0x81) return text;
        rest[0] = (byte)'?';
        var decoded = new StringBuilder("?");
        var i = 1;
        while (i < rest.Length && rest[i] >= 0x80)
        {
            if (i + 1 >= rest.Length)
            {
                decoded.Append('?');
                i++;
                break;
            }
            var trail = rest[i + 1];
            string s;
            try
            {
                s = CodePages.Gb18030Strict.GetString(rest, i, 2);
            }
            catch (DecoderFallbackException)
            {
                s = "?";
            }
            decoded.Append(s.Length == 1 ? s : "?");
            i += 2;
            if (trail < 0x40) break; // an invalid pair swallows the ASCII byte, and the stream is back in step
        }
        var damaged = decoded.ToString().Replace('，', ',').Replace('；', ';').Replace('：', ':').Replace('？', '?').Replace('！', '!');
        return CodePages.Gb18030.GetString(before) + damaged + CodePages.Gb18030.GetString(rest, i, rest.Length - i);
    }

    /// <summary>A heading line and the body line after it run together with a ? where the separator was.</summary>
    public static string LoseSeparators(string text)
    {
        var lines = text.Split('\n');
        var builder = new StringBuilder();
        for (var n = 0; n < lines.Length; n++)
        {
            builder.Append(lines[n]);
            if (n == lines.Length - 1) break;
            var isHeading = System.Text.RegularExpressions.Regex.IsMatch(lines[n], @"^\d{1,2}(\.\d{1,2})+\s?\p{IsCJKUnifiedIdeographs}[^。，；：？！]{0,28}$");
            var nextIsBody = lines[n + 1].Length > 0 && ChineseCharacters.IsHan(lines[n + 1][0]);
            builder.Append(isHeading && nextIsBody ? '?' : '\n');
        }
        return builder.ToString();
    }

    /// <summary>Page-title lines, a preview notice, download and copyright blurbs at the top, a site footer at the end.</summary>
    public string AddBoilerplate(string text, string title)
    {
        var shown = random.Next(3, 8);
        var total = shown + random.Next(5, 30);
        var builder = new StringBuilder();
        for (var page = 1; page <= shown; page++) builder.Append(title).Append("_第").Append(page).Append("页\n");
        builder.Append("已阅读").Append(shown).Append("页，还剩").Append(total - shown).Append("页未读，继续免费阅读\n\n下载本文档\n\n");
        builder.Append("版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n\n文档简介\n\n");
        builder.Append(text);
        builder.Append("\n\n温馨提示\n\n1. 本站所有资源如无特殊说明，都需要本地电脑安装阅读器，压缩文件请下载解压软件。\n2. 本站的文档不包含任何第三方提供的附件，如需附件请联系上传者。\n3. 下载文件中如有侵权或不适当内容，请与我们联系。\n\n最新文档\n\n评论\n\n0/150\n\n提交评论");
        return builder.ToString();
    }

    /// <summary>Indices of lines worth damaging (enough Han characters), a seeded share of them.</summary>
    public List<int> PickLines(string[] lines, double share)
    {
        var picked = new List<int>();
        for (var n = 0; n < lines.Length; n++)
        {
            var han = 0;
            foreach (var c in lines[n]) if (ChineseCharacters.IsHan(c)) han++;
            if (han >= 8 && random.NextDouble() < share) picked.Add(n);
        }
        return picked;
    }

    public int Next(int max) => random.Next(max);
}
