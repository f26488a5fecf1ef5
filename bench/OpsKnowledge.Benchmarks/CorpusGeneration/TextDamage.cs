using System.Text;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Simple damage functions of our own, independent of the repair stage's generator: they damage blocks before rendering or bytes after.</summary>
public static class TextDamage
{
    private static readonly Encoding Gbk = Gb18030();

    // A small simplified→traditional table of common plan vocabulary, enough to make whole paragraphs look traditional.
    private static readonly Dictionary<char, char> Traditional = Pairs(
        "运運营營务務发發动動实實现現时時间間员員数數据據质質户戶满滿标標设設计計划劃项項区區经經济濟业業产產费費资資财財报報账賬库庫车車门門诊診医醫疗療养養环環节節统統网網络絡线線价價应應对對风風险險预預级級达達进進万萬亿億个個为為这這与與从從开開关關后後将將长長东東体體导導检檢测測组組织織规規范範两兩过過还還调調压壓处處场場领領权權");

    private static readonly (string Word, string Pinyin)[] Annotations =
    [
        ("运营", "yùn yíng"), ("服务", "fú wù"), ("目标", "mù biāo"), ("客户", "kè hù"), ("满意度", "mǎn yì dù"),
        ("效率", "xiào lǜ"), ("风险", "fēng xiǎn"), ("收入", "shōu rù"), ("管理", "guǎn lǐ"), ("安全", "ān quán"),
    ];

    private static readonly string[] BoilerplateLines =
    [
        "本方案仅供内部参考，未经许可不得外传",
        "更多方案请访问方案文库 www.example.cn",
        "扫码关注公众号，回复“方案”获取完整版",
        "版权所有 © 方案文库 保留所有权利",
    ];

    public static Encoding GbkEncoding => Gbk;

    /// <summary>Damage done to the blocks before rendering (mojibake, traditional with pinyin, boilerplate).</summary>
    public static IReadOnlyList<PlanBlock> DamageBlocks(IReadOnlyList<PlanBlock> blocks, DamageKind kind, Random random)
    {
        if (kind is not (DamageKind.Utf8ReadAsGbk or DamageKind.TraditionalWithPinyin or DamageKind.Boilerplate)) return blocks;
        var damaged = new List<PlanBlock>(blocks.Count + 16);
        var pages = 1 + blocks.Count / 12;
        var page = 1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is PlanParagraph paragraph)
            {
                switch (kind)
                {
                    case DamageKind.Utf8ReadAsGbk when random.Next(4) == 0:
                        block = new PlanParagraph(Gbk.GetString(Encoding.UTF8.GetBytes(paragraph.Text)));
                        break;
                    case DamageKind.TraditionalWithPinyin when random.Next(2) == 0:
                        block = new PlanParagraph(ToTraditional(Annotate(paragraph.Text)));
                        break;
                }
            }
            damaged.Add(block);
            if (kind == DamageKind.Boilerplate && i % 12 == 11)
            {
                damaged.Add(new PlanParagraph($"第 {page++} 页 共 {pages} 页"));
                damaged.Add(new PlanParagraph(BoilerplateLines[random.Next(BoilerplateLines.Length)]));
            }
        }
        return damaged;
    }

    /// <summary>Drops single bytes inside GBK double-byte runs.</summary>
    public static byte[] LoseBytes(byte[] gbk, Random random, int count)
    {
        var drop = new SortedSet<int>();
        for (var attempt = 0; attempt < count * 20 && drop.Count < count; attempt++)
        {
            var at = random.Next(gbk.Length);
            if (gbk[at] >= 0x81) drop.Add(at);
        }
        var result = new byte[gbk.Length - drop.Count];
        var j = 0;
        for (var i = 0; i < gbk.Length; i++)
        {
            if (!drop.Contains(i)) result[j++] = gbk[i];
        }
        return result;
    }

    private static string ToTraditional(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Traditional.TryGetValue(source[i], out var t) ? t : source[i];
        });

    private static string Annotate(string text)
    {
        foreach (var (word, pinyin) in Annotations)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0) text = text.Insert(at + word.Length, $"（{pinyin}）");
        }
        return text;
    }

    private static Dictionary<char, char> Pairs(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2) map.TryAdd(pairs[i], pairs[i + 1]);
        return map;
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
