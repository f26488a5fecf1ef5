using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using OpsKnowledge.ChineseText.Icu;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>Pinyin readings of single characters: ICU's Han-Latin reading plus a small table of common polyphones.</summary>
public static class PinyinReadings
{
    // Han-Latin gives one context-free reading; sites annotate the reading in context, so the usual second readings are listed here (simplified forms).
    private static readonly Dictionary<char, string[]> Polyphones = new()
    {
        ['行'] = ["xing", "hang"], ['长'] = ["chang", "zhang"], ['重'] = ["zhong", "chong"], ['度'] = ["du", "duo"],
        ['说'] = ["shuo", "shui"], ['还'] = ["hai", "huan"], ['为'] = ["wei"], ['调'] = ["diao", "tiao"],
        ['处'] = ["chu"], ['降'] = ["jiang", "xiang"], ['传'] = ["chuan", "zhuan"], ['量'] = ["liang"],
        ['分'] = ["fen"], ['数'] = ["shu", "shuo"], ['几'] = ["ji"], ['干'] = ["gan"], ['系'] = ["xi", "ji"],
        ['转'] = ["zhuan"], ['种'] = ["zhong"], ['乐'] = ["le", "yue"], ['便'] = ["bian", "pian"], ['藏'] = ["cang", "zang"],
        ['率'] = ["lv", "lu", "shuai"], ['朝'] = ["chao", "zhao"], ['差'] = ["cha", "chai", "ci"], ['供'] = ["gong"],
        ['应'] = ["ying"], ['相'] = ["xiang"], ['省'] = ["sheng", "xing"], ['参'] = ["can", "shen", "cen"], ['会'] = ["hui", "kuai"],
        ['给'] = ["gei", "ji"], ['结'] = ["jie"], ['只'] = ["zhi"], ['没'] = ["mei", "mo"], ['得'] = ["de", "dei"],
        ['地'] = ["di", "de"], ['了'] = ["le", "liao"], ['着'] = ["zhe", "zhao", "zhuo"], ['都'] = ["dou", "du"],
        ['角'] = ["jiao", "jue"], ['觉'] = ["jue", "jiao"], ['强'] = ["qiang", "jiang"], ['要'] = ["yao"], ['正'] = ["zheng"],
        ['与'] = ["yu"], ['和'] = ["he", "huo", "hu"], ['教'] = ["jiao"], ['难'] = ["nan"], ['更'] = ["geng"], ['占'] = ["zhan"],
        ['当'] = ["dang"], ['中'] = ["zhong"], ['发'] = ["fa"], ['尽'] = ["jin"], ['校'] = ["xiao", "jiao"], ['区'] = ["qu", "ou"],
        ['单'] = ["dan", "shan", "chan"], ['将'] = ["jiang"], ['盛'] = ["sheng", "cheng"], ['奇'] = ["qi", "ji"], ['空'] = ["kong"],
        ['少'] = ["shao"], ['好'] = ["hao"], ['看'] = ["kan"], ['落'] = ["luo", "la", "lao"], ['薄'] = ["bo", "bao"], ['解'] = ["jie", "xie"],
        ['似'] = ["si", "shi"], ['恶'] = ["e", "wu"], ['卡'] = ["ka", "qia"], ['模'] = ["mo", "mu"], ['横'] = ["heng"],
        ['曾'] = ["ceng", "zeng"], ['冲'] = ["chong"], ['背'] = ["bei"], ['折'] = ["zhe", "she"], ['殷'] = ["yin", "yan"],
        ['识'] = ["shi", "zhi"], ['散'] = ["san"], ['塞'] = ["sai", "se"], ['露'] = ["lu", "lou"], ['削'] = ["xiao", "xue"],
        ['属'] = ["shu", "zhu"], ['血'] = ["xue", "xie"], ['给'] = ["gei", "ji"], ['济'] = ["ji"], ['提'] = ["ti", "di"],
        ['仔'] = ["zi", "zai"], ['监'] = ["jian"], ['创'] = ["chuang"], ['载'] = ["zai"], ['似'] = ["si", "shi"], ['厦'] = ["sha", "xia"],
        ['作'] = ["zuo"], ['车'] = ["che", "ju"], ['广'] = ["guang", "an"], ['汗'] = ["han"], ['切'] = ["qie"], ['期'] = ["qi", "ji"],
        ['亚'] = ["ya"], ['场'] = ["chang"], ['间'] = ["jian"], ['号'] = ["hao"], ['倒'] = ["dao"], ['冠'] = ["guan"], ['扎'] = ["zha", "za"],
        ['弹'] = ["dan", "tan"], ['哪'] = ["na", "ne"], ['那'] = ["na", "nei"], ['兴'] = ["xing"], ['宿'] = ["su", "xiu"],
        ['曲'] = ["qu"], ['圈'] = ["quan", "juan"], ['称'] = ["cheng", "chen"], ['挣'] = ["zheng"], ['否'] = ["fou", "pi"], ['佛'] = ["fo", "fu"],
        ['价'] = ["jia", "jie"], ['核'] = ["he", "hu"], ['剥'] = ["bo", "bao"], ['漂'] = ["piao"], ['缝'] = ["feng"], ['晃'] = ["huang"],
        ['没'] = ["mei", "mo"], ['鲜'] = ["xian"], ['铺'] = ["pu"], ['觉'] = ["jue", "jiao"], ['拓'] = ["tuo", "ta"], ['吗'] = ["ma"],
    };

    private static readonly ConcurrentDictionary<char, string> IcuReadings = new();

    /// <summary>The tone-marked reading ICU gives for <paramref name="c"/> (context-free).</summary>
    public static string IcuReading(char c) => IcuReadings.GetOrAdd(c, static ch =>
    {
        // Han-Latin is not documented as thread-safe: one instance per thread.
        return IcuObjects.TransliteratorForThisThread("Han-Latin").Transliterate(ch.ToString()).Trim();
    });

    /// <summary>True when <paramref name="pinyin"/> (tone marks optional) is a reading of <paramref name="c"/> or of its simplified form.</summary>
    public static bool IsReadingOf(char c, ReadOnlySpan<char> pinyin)
    {
        var wanted = Toneless(pinyin);
        if (wanted.Length == 0) return false;
        if (Toneless(IcuReading(c)) == wanted) return true;
        var simplified = ScriptFolding.Standard.ToSimplified(c);
        if (simplified != c && Toneless(IcuReading(simplified)) == wanted) return true;
        return Polyphones.TryGetValue(simplified, out var readings) && Array.IndexOf(readings, wanted) >= 0;
    }

    /// <summary>True when <paramref name="text"/> looks like one pinyin syllable: lowercase Latin letters, ü and tone-marked vowels only.</summary>
    public static bool LooksLikeSyllable(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 6) return false;
        var vowel = false;
        foreach (var ch in text)
        {
            var bare = StripTone(ch);
            if (bare is < 'a' or > 'z' && bare != 'ü') return false;
            if (bare is 'a' or 'e' or 'i' or 'o' or 'u' or 'ü') vowel = true;
        }
        return vowel || text.SequenceEqual("ng") || text.SequenceEqual("m") || text.SequenceEqual("n");
    }

    /// <summary>True when <paramref name="text"/> contains a tone-marked vowel.</summary>
    public static bool HasToneMark(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (ch > 0x7F && ch != 'ü' && StripTone(ch) != ch) return true;
        }
        return false;
    }

    /// <summary>Lowercase pinyin without tone marks, with ü written as v.</summary>
    public static string Toneless(ReadOnlySpan<char> pinyin)
    {
        var builder = new StringBuilder(pinyin.Length);
        foreach (var ch in pinyin)
        {
            var bare = StripTone(char.ToLowerInvariant(ch));
            if (bare == 'ü') builder.Append('v');
            else if (bare is >= 'a' and <= 'z') builder.Append(bare);
        }
        return builder.ToString();
    }

    private static char StripTone(char ch)
    {
        if (ch < 0x80) return ch;
        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                // ǖǘǚǜ decompose to ü + mark.
                if (d == 'u' && decomposed.Contains('\u0308')) return 'ü';
                return d;
            }
        }
        return ch;
    }
}
