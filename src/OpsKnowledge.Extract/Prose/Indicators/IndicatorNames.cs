using System.Text.RegularExpressions;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Extract.Prose.Indicators;

/// <summary>
/// Turns the words before a figure into an indicator name: time phrases, connectives, hedges and comparison phrases are
/// cut from both ends (今年全省生产总值同比 → 生产总值), lists are split into their items, and the items of a list
/// share the head and the tail the text writes once (城镇和农村居民人均可支配收入 → 城镇居民… / 农村居民…).
/// </summary>
public static class IndicatorNames
{
    private const int MaxLength = 24;

    private static readonly Regex Leading = new(
        @"^(?:[、，,；;：:\s（(“”""'‘’—\-·]+|其中|此外|另外|同时|包括|以及|并且|并|且|和|及|与|或|全年|今年以来|今年|当年|上年|去年|明年|全省|全市|全区|全县|全州|全盟|全国|我省|我市|我区|我县|累计|预计|力争|确保|努力|争取|总共|合计|共有|共|实现了|实现|完成了|完成|推动|带动|促进|使得|使|让|把|将|要|的|还|也|又|均|都|分别|新时代以来|近年来|近五年|五年来|[两三四五六七八九十]年(?=共|累计|来|间)|一年来|过去的?五年|过去一年|(?:到|至|截至|截止)?\d{4}年(?:底|末|前|以来|全年|上半年|前三季度)?(?:[—\-–至]\d{4}年)?|\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前)?|第[一二三四五六七八九十\d]+(?:年|季度|阶段)|每年|年内|当期|第[一二三四五六七八九十\d]+(?:轮|批|届|次)|“?十[一二三四五六七八九]五”?(?:时期|期间|期末|末|以来)?)+",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Trailing = new(
        @"(?:[、，,；;：:\s（(“”""—\-]+|同比|环比|比上年|较上年|比去年|较去年|(?:比|较)(?:“十[一二三四五六七八九]五”末|\d{4}年(?:底|末)?)|(?:与|和|同)\d{4}年相比|分别|均|都|年均|平均|累计|总计|共计|首次|稳步|完成|大幅|持续|继续|进一步|力争|预计|实现|达|到|再|将|要|可|已经|已|也|还|又|由|从|每年|全年|总量达|规模达|占|比)+$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Verbs that define a count (新建社区食堂, 改造老旧小区): kept in the name, and carried to the next item of a list.</summary>
    public static readonly string[] CountVerbs =
    [
        "改扩建", "新开工", "新改建", "新建改造", "新建", "新增", "建成", "建设", "改造", "改建", "扩建", "开工", "开通", "培育", "打造", "引进", "招引", "引育",
        "设立", "组建", "创建", "认定", "实施", "推进", "完成", "发放", "培训", "安置", "落地", "签约", "布局", "部署", "储备", "配备", "投放", "建立",
        "整治", "修复", "治理", "办理", "救助", "帮扶", "资助", "吸纳", "带动", "提供", "新设", "增设", "建", "开展", "支持", "助力", "培养", "转移", "招聘",
        "评选", "选取", "选拔", "遴选", "招收", "招募", "引入", "设置", "开设", "增开", "开辟", "建有", "拥有", "运营", "配置", "购置", "采购", "更换", "安装",
        "接入", "惠及", "举办", "签订", "新培育", "新认定", "新引进", "新开通", "新投产", "投产", "竣工", "启用", "投用", "升级", "提质", "完善", "新改扩建",
    ];

    /// <summary>The count verbs sorted once, longest first, so 改扩建 is tried before 建 on every figure.</summary>
    private static readonly string[] CountVerbsLongestFirst = CountVerbs.OrderByDescending(v => v.Length).ToArray();

    /// <summary>The indicator the words before a figure name, or null when nothing nameable is left.</summary>
    public static string? Clean(string words, int maxLength = MaxLength)
    {
        var name = words;
        for (var i = 0; i < 3; i++)
        {
            var before = name;
            name = Leading.Replace(name, "");
            name = Trailing.Replace(name, "");
            if (name == before) break;
        }
        // A占B的N%: the share of A in B.
        if (name.EndsWith('的') && name.Contains('占')) name = name[..^1] + "比重";
        // An opening or closing quote left alone is punctuation, not part of the name.
        if (name.Count(c => c == '“') != name.Count(c => c == '”')) name = name.Replace("“", "").Replace("”", "");
        // 胜利大街、哈萨尔大街等城市主干道路: the examples before 等 illustrate; the indicator is what follows it.
        var etc = name.LastIndexOf('等');
        if (etc > 0 && etc < name.Length - 2 && name.AsSpan(0, etc).Contains('、') && name[etc + 1] is not ('级' or '待' or '同' or '于'))
            name = name[(etc + 1)..];
        if (name.Length > maxLength) name = CutFromLeft(name, maxLength);
        if (name.Length < 2 || IsBareVerb(name) || !name.Any(ChineseCharacters.IsUnifiedIdeograph)) return null;
        return name;
    }

    /// <summary>A name another grammar produced that cannot be an indicator: a year or comparison in it, a dangling connective, a clause break.</summary>
    public static bool IsMalformed(string name) =>
        name.Length < 2 || IsBareVerb(name) || MalformedName.IsMatch(name);

    private static readonly Regex MalformedName = new(@"\d{4}年|排名|排位|位次|居全国|首次$|^(?:较|比)(?:上年|去年|同期|\d)|^[由从和及与、，的]|[的和及与在对把将超达近约逾]$|[，；。]", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>新建, 培育 alone name no indicator.</summary>
    public static bool IsBareVerb(string name) => CountVerbs.Contains(name) || name is "达到" or "增长" or "提高" or "下降" or "增加" or "减少" or "实现" or "超过" or "突破";

    /// <summary>The count verb a name or phrase ends with (在北京等地建设 → 建设), or null.</summary>
    public static string? TrailingVerb(string words)
    {
        foreach (var verb in CountVerbsLongestFirst)
        {
            if (words.EndsWith(verb, StringComparison.Ordinal)) return verb;
        }
        return null;
    }

    /// <summary>The count verb a name starts with (新增国家现代农业产业园 → 新增), or null.</summary>
    public static string? LeadingVerb(string name)
    {
        foreach (var verb in CountVerbsLongestFirst)
        {
            if (name.StartsWith(verb, StringComparison.Ordinal) && name.Length > verb.Length) return verb;
        }
        return null;
    }

    /// <summary>
    /// The items of a listed name, with the tail written once spread over every item: 各类事故、较大事故和重特大事故起数 →
    /// 各类事故起数, 较大事故起数, 重特大事故起数; 城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民…; 城乡居民… → 城镇居民…, 农村居民….
    /// Also returns each item's head (the item without the shared tail), for a later list in the sentence that names only the tail.
    /// </summary>
    public static (List<string> Names, List<string> Heads) SplitList(string name)
    {
        var items = Regex.Split(name, "[、]|(?<=[\u4e00-\u9fff]{2})(?:和|及|与|以及)(?=[\u4e00-\u9fff]{2})").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (items.Count == 1)
        {
            var at = name.IndexOf("城乡", StringComparison.Ordinal);
            if (at >= 0 && name.Length > at + 2)
            {
                var tail = name[(at + 2)..];
                return ([name[..at] + "城镇" + tail, name[..at] + "农村" + tail], [name[..at] + "城镇", name[..at] + "农村"]);
            }
            return ([name], [name]);
        }
        var last = items[^1];
        var names = new List<string>(items.Count);
        var heads = new List<string>(items.Count);
        string? shared = null;
        for (var i = 0; i < items.Count - 1; i++)
        {
            var item = items[i];
            var (tailStart, _) = SharedSuffixEnd(item, last);
            if (tailStart > 0)
            {
                shared = last[tailStart..];
                names.Add(item + shared);
            }
            else if (item.Length <= 3 && last.Length > item.Length + 1)
            {
                // 城镇和农村居民…: a short modifier takes the rest of the last item after that item's own modifier.
                shared = last[item.Length..];
                names.Add(item + shared);
            }
            else
            {
                names.Add(item);
            }
            heads.Add(item);
        }
        names.Add(last);
        heads.Add(shared is not null && last.EndsWith(shared, StringComparison.Ordinal) && last.Length > shared.Length ? last[..^shared.Length] : last);
        return (names, heads);
    }

    /// <summary>Where the tail shared with <paramref name="last"/> starts in it: the longest suffix of item found inside last, and what follows.</summary>
    private static (int TailStart, int Length) SharedSuffixEnd(string item, string last)
    {
        for (var length = Math.Min(item.Length, last.Length - 1); length >= 2; length--)
        {
            var suffix = item[^length..];
            var at = last.IndexOf(suffix, 1, StringComparison.Ordinal);
            if (at > 0 && at + length < last.Length) return (at + length, length);
        }
        return (0, 0);
    }

    private static string CutFromLeft(string name, int maxLength)
    {
        var from = name.Length - maxLength;
        for (var i = from; i < name.Length - 4; i++)
        {
            if (name[i] is '，' or '、' or '的' or '在' or '对' or '把' or '将' or '和' or '与') return name[(i + 1)..];
        }
        return name[from..];
    }

}
