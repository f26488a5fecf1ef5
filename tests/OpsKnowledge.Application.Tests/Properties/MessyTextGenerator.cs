using FsCheck;
using FsCheck.Fluent;

namespace OpsKnowledge.Application.Tests.Properties;

/// <summary>Generates text that looks like what readers meet: plan fragments, numbering, tables, markup, mojibake, lost bytes and junk.</summary>
public static class MessyTextGenerator
{
    private static readonly string[] Fragments =
    [
        "一、", "（二）", "(三)", "第一章 ", "第二节", "1.", "1.1", "2.1.1", "3）", "①", "# ", "## 3.2 ", "- ", "* ",
        "总体目标", "客户满意度由86%提高到92%", "不低于85%", "控制在3%以内", "2026年6月底前完成", "风险等级", "应对措施",
        "| 指标 | 现状值 | 目标值 |", "|---|---|---|", "| 客户满意度 | 86分 | ≥92分 |", "|", "||", "\n", "\r\n", "\n\n", " ", "\t",
        "基礎(chǔ)", "運(yùn)營(yíng)", "(NPS)", "(1-2年)", "?", "\uFFFD", "鍩虹杩愯惀", "åŸºç¡€", "»ù´¡", "規(guī)?;瘮U(kuò)張",
        "_第1頁(yè)", "已閱讀5頁(yè),還剩15頁(yè)未讀", "温馨提示", "<p>", "</p>", "<table><tr><td rowspan=\"3\">", "</td></tr>",
        "<script>alert(1)</script>", "<h2>", "</h2>", "<!--", "-->", "&amp;", "&#x4E00;", "<meta charset=\"gbk\">",
        "\"", "-", "\0", "\u0001", "\u200B", "\uD83D\uDE00", "\uD800", "\uDC00", "ＡＢＣ１２３", "https://example.com/a?b=1",
        "```", "> ", "[链接](http://x)", "**加粗**", "1,180", "1.2亿元", "百分之八十", "三年内", "第1年", "约", "超过",
    ];

    public static Gen<string> Text { get; } =
        Gen.Frequency(
                (8, Gen.Elements(Fragments)),
                (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())),
                (1, Gen.Choose(0x4E00, 0x9FA5).Select(c => ((char)c).ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts));
}
