namespace OpsKnowledge.Extract.Normalization;

/// <summary>The units plans use after numbers, longest first so that 个百分点 wins over 个 and 万元 over 万.</summary>
public static class UnitCatalog
{
    /// <summary>Units as a regular-expression alternation, longest first (a constant so source-generated regexes can embed it; a test checks it against <see cref="Units"/>).</summary>
    public const string Pattern =
        "千克标准煤|个百分点|平方公里|万平方米|亿立方米|万立方米|万标准箱|个工作日|百分点|平方米|千瓦时|立方米|标准箱|万港元|亿港元|工作日|万人次|万人次|元/吨|kWh|港元|千克|万元|亿元|千元|万人|万吨|万户|万次|万件|万辆|万台|万单|万个|人次|个月|小时|分钟|公里|项目|季度|GB|TB|MW|km|%|％|‰|元|秒|天|日|周|月|年|人|名|家|个|项|吨|次|件|台|辆|户|座|套|所|间|场|批|款|条|单|笔|份|倍|分|起|宗|部";

    /// <summary>The units plans write after numbers, in the order they were catalogued.</summary>
    public static IReadOnlyList<string> Units { get; } =
    [
        "个百分点", "百分点", "平方公里", "平方米", "千瓦时", "万平方米", "亿立方米", "万立方米", "立方米", "万标准箱", "标准箱", "万港元", "亿港元", "港元",
        "千克标准煤", "千克", "个工作日", "工作日", "万人次",
        "万元", "亿元", "千元", "万人次", "万人", "万吨", "万户", "万次", "万件", "万辆", "万台", "万单", "万个",
        "人次", "个月", "小时", "分钟", "公里", "项目", "季度", "元/吨",
        "%", "％", "‰", "元", "秒", "天", "日", "周", "月", "年", "人", "名", "家", "个", "项", "吨", "次", "件", "台",
        "辆", "户", "座", "套", "所", "间", "场", "批", "款", "条", "单", "笔", "份", "倍", "分", "起", "宗", "部", "GB", "TB", "MW", "km", "kWh",
    ];

    /// <summary>Folds spelling variants to one unit: ％ to %, 百分点 to 个百分点.</summary>
    public static string Normalize(string unit) => unit switch
    {
        "％" => "%",
        "百分点" => "个百分点",
        "日" => "天",
        _ => unit,
    };

    /// <summary>True when a column or indicator name speaks of money, so a bare 万 means 万元.</summary>
    public static bool IsMoneyName(string name)
    {
        foreach (var word in MoneyWords)
        {
            if (name.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] MoneyWords =
    [
        "销售额", "收入", "营收", "营业额", "利润", "投资", "投入", "成本", "费用", "预算", "资金", "金额", "产值", "税", "薪酬", "工资", "回款", "融资", "资本", "支出", "营业额", "GMV", "交易额", "规模(元", "经费",
    ];
}
