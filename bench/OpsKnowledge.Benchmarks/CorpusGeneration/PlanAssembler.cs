using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Assembles one plan from the corpus material: a title, chapters of recombined headings, prose and tables, numbers and years varied, plus prose targets.</summary>
public sealed partial class PlanAssembler(CorpusMaterial material)
{
    private static readonly string[] Industries =
    [
        "城市燃气", "冷链物流", "社区养老", "智慧停车", "连锁餐饮", "新能源充电", "文旅景区", "物流园区", "职业培训", "县域电商",
        "医院后勤", "物业服务", "港口码头", "社区超市", "城市供水", "环卫保洁", "公交运营", "仓储配送", "酒店管理", "农贸市场",
        "体育场馆", "会展中心", "数据中心", "光伏电站", "污水处理", "学校后勤", "图书馆", "口腔连锁", "康复医院", "共享单车",
    ];

    private static readonly string[] Cities = ["杭州", "苏州", "宁波", "合肥", "成都", "西安", "长沙", "南昌", "济南", "郑州", "昆明", "南宁", "无锡", "佛山", "温州", "嘉兴"];

    private static readonly string[] Kinds = ["运营方案", "实施方案", "年度计划", "年度经营计划", "三年行动计划", "运营提升方案"];

    private static readonly string[] Chapters = ["发展现状与问题", "总体思路", "运营目标", "重点任务", "服务质量提升", "运营效率提升", "风险分析与应对", "进度安排", "保障措施", "投资估算"];

    private static readonly string[] Kpis = ["客户满意度", "营业收入", "运营效率", "投诉办结率", "设备完好率", "人均产值", "准时交付率", "能耗强度", "库存周转率", "线上业务占比", "安全事故", "成本费用率"];

    private static readonly string[] SourceIndustryWords = ["燃气", "冷链", "门诊", "码头", "超市", "园区", "景区", "物业", "充电站", "养老", "餐饮", "电商"];

    /// <summary>Industry chosen for document <paramref name="index"/>, for file names.</summary>
    public static int IndustryOf(Random random) => random.Next(Industries.Length);

    public IReadOnlyList<PlanBlock> Assemble(Random random, int targetChars)
    {
        var industry = Industries[random.Next(Industries.Length)];
        var city = Cities[random.Next(Cities.Length)];
        var year = 2022 + random.Next(7);
        var yearShift = year - 2026;
        var scale = 0.6 + random.NextDouble();
        var blocks = new List<PlanBlock> { new PlanHeading(0, $"{city}{industry}{year}年{Kinds[random.Next(Kinds.Length)]}") };
        var chars = 0;
        var chapterOrder = Chapters.OrderBy(_ => random.Next()).Take(4 + random.Next(5)).ToArray();
        for (var c = 0; chars < targetChars; c++)
        {
            blocks.Add(new PlanHeading(1, c < chapterOrder.Length ? chapterOrder[c] : Pick(random, material.Headings)));
            var sections = 1 + random.Next(3);
            for (var s = 0; s < sections && chars < targetChars; s++)
            {
                blocks.Add(new PlanHeading(2, Vary(Pick(random, material.Headings), random, yearShift, scale, industry)));
                var paragraphs = 1 + random.Next(3);
                for (var p = 0; p < paragraphs; p++)
                {
                    var text = Vary(Pick(random, material.Paragraphs), random, yearShift, scale, industry);
                    blocks.Add(new PlanParagraph(text));
                    chars += text.Length;
                }
                if (random.Next(3) == 0)
                {
                    var target = ProseTarget(random, year);
                    blocks.Add(new PlanParagraph(target));
                    chars += target.Length;
                }
                if (random.Next(4) == 0 && material.Tables.Count > 0)
                {
                    var table = Pick(random, material.Tables);
                    var rows = table.Rows.Select(r => (IReadOnlyList<string>)r.Select(cell => Vary(cell, random, yearShift, scale, industry)).ToArray()).ToArray();
                    blocks.Add(new PlanTable(rows));
                    chars += rows.Sum(r => r.Sum(cell => cell.Length + 1));
                }
            }
        }
        return blocks;
    }

    private static string ProseTarget(Random random, int year)
    {
        var kpi = Kpis[random.Next(Kpis.Length)];
        var from = 50 + random.Next(40);
        var to = Math.Min(99, from + 2 + random.Next(10));
        return random.Next(3) switch
        {
            0 => $"到{year + 1 + random.Next(2)}年底，{kpi}由{from}%提高到{to}%以上。",
            1 => $"{year}年{kpi}力争达到{to}.{random.Next(10)}%，较上年提升{to - from}个百分点。",
            _ => $"全年{kpi}不低于{to}%，每季度考核一次，未达标的部门负责人年度考核降档。",
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Shifts years, scales other numbers (keeping their decimals) and sometimes swaps the source industry's noun.</summary>
    private static string Vary(string text, Random random, int yearShift, double scale, string industry)
    {
        var varied = Number().Replace(text, match =>
        {
            var value = match.Value;
            if (value.Length == 4 && value[0] == '2' && value[1] == '0' && !value.Contains('.')) return (int.Parse(value, CultureInfo.InvariantCulture) + yearShift).ToString(CultureInfo.InvariantCulture);
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
            // Percentages and scores keep their value: scaled, they would pass 100.
            var next = match.Index + match.Length < text.Length ? text[match.Index + match.Length] : ' ';
            if (next is '%' or '％' or '分') return value;
            var decimals = value.Contains('.') ? value.Length - value.IndexOf('.') - 1 : 0;
            return (number * scale).ToString("F" + decimals, CultureInfo.InvariantCulture);
        });
        if (random.Next(2) == 0)
        {
            var builder = new StringBuilder(varied);
            foreach (var word in SourceIndustryWords) builder.Replace(word, industry);
            varied = builder.ToString();
        }
        return varied;
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();
}
