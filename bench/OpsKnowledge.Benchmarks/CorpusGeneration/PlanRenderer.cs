using System.Net;
using System.Text;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Renders an assembled plan as plain text (two numbering styles), Markdown or a web page with site furniture.</summary>
public static class PlanRenderer
{
    private static readonly string[] ChineseNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"];

    public static string Text(IReadOnlyList<PlanBlock> blocks, bool governmentStyle)
    {
        var builder = new StringBuilder();
        var chapter = 0;
        var section = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PlanHeading { Level: 0 } title:
                    builder.Append(title.Text).Append("\n\n");
                    break;
                case PlanHeading { Level: 1 } heading:
                    chapter++;
                    section = 0;
                    builder.Append('\n').Append(governmentStyle ? $"第{Cn(chapter)}章 " : $"{chapter}. ").Append(heading.Text).Append('\n');
                    break;
                case PlanHeading heading:
                    section++;
                    builder.Append(governmentStyle ? $"{Cn(section)}、" : $"{chapter}.{section} ").Append(heading.Text).Append('\n');
                    break;
                case PlanParagraph paragraph:
                    builder.Append(paragraph.Text).Append('\n');
                    break;
                case PlanTable table:
                    AppendPipeTable(builder, table);
                    break;
            }
        }
        return builder.ToString();
    }

    public static string Markdown(IReadOnlyList<PlanBlock> blocks)
    {
        var builder = new StringBuilder();
        var chapter = 0;
        var section = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PlanHeading { Level: 0 } title:
                    builder.Append("# ").Append(title.Text).Append("\n\n");
                    break;
                case PlanHeading { Level: 1 } heading:
                    chapter++;
                    section = 0;
                    builder.Append($"## {chapter}. ").Append(heading.Text).Append("\n\n");
                    break;
                case PlanHeading heading:
                    section++;
                    builder.Append($"### {chapter}.{section} ").Append(heading.Text).Append("\n\n");
                    break;
                case PlanParagraph paragraph:
                    builder.Append(paragraph.Text).Append("\n\n");
                    break;
                case PlanTable table:
                    AppendPipeTable(builder, table);
                    builder.Append('\n');
                    break;
            }
        }
        return builder.ToString();
    }

    public static string Html(IReadOnlyList<PlanBlock> blocks, string charset, bool withFurniture)
    {
        var builder = new StringBuilder();
        var title = blocks.OfType<PlanHeading>().First().Text;
        builder.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"").Append(charset).Append("\">\n<title>").Append(WebUtility.HtmlEncode(title));
        builder.Append(withFurniture ? " - 方案文库</title>\n" : "</title>\n").Append("</head>\n<body>\n");
        if (withFurniture)
        {
            builder.Append("<div id=\"topbar\" class=\"login-bar\">欢迎来到方案文库！<a href=\"/login\">登录</a> | <a href=\"/register\">免费注册</a></div>\n");
            builder.Append("<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/c/plan\">运营方案</a></li><li><a href=\"/c/report\">行业报告</a></li></ul>\n");
        }
        builder.Append("<div class=\"article\">\n");
        var chapter = 0;
        var section = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PlanHeading { Level: 0 } heading:
                    builder.Append("<h1>").Append(WebUtility.HtmlEncode(heading.Text)).Append("</h1>\n");
                    break;
                case PlanHeading { Level: 1 } heading:
                    chapter++;
                    section = 0;
                    builder.Append("<h2>").Append(Cn(chapter)).Append('、').Append(WebUtility.HtmlEncode(heading.Text)).Append("</h2>\n");
                    break;
                case PlanHeading heading:
                    section++;
                    builder.Append("<h3>（").Append(Cn(section)).Append('）').Append(WebUtility.HtmlEncode(heading.Text)).Append("</h3>\n");
                    break;
                case PlanParagraph paragraph:
                    builder.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Text)).Append("</p>\n");
                    break;
                case PlanTable table:
                    builder.Append("<table>\n");
                    for (var r = 0; r < table.Rows.Count; r++)
                    {
                        var cell = r == 0 ? "th" : "td";
                        builder.Append("<tr>");
                        foreach (var text in table.Rows[r]) builder.Append('<').Append(cell).Append('>').Append(WebUtility.HtmlEncode(text)).Append("</").Append(cell).Append('>');
                        builder.Append("</tr>\n");
                    }
                    builder.Append("</table>\n");
                    break;
            }
        }
        builder.Append("</div>\n");
        if (withFurniture) builder.Append("<div class=\"footer\">版权所有 © 方案文库 | 联系我们 | 免责声明</div>\n");
        builder.Append("</body>\n</html>\n");
        return builder.ToString();
    }

    internal static string Cn(int number) => number <= ChineseNumbers.Length ? ChineseNumbers[number - 1] : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AppendPipeTable(StringBuilder builder, PlanTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            builder.Append("| ").AppendJoin(" | ", table.Rows[r]).Append(" |\n");
            if (r == 0) builder.Append('|').Append(string.Concat(Enumerable.Repeat("---|", table.Rows[0].Count))).Append('\n');
        }
    }
}
