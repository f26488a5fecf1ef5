namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>The fixed 100 queries a consultant might type: single terms, pairs and quoted phrases, in a fixed order.</summary>
public static class QuerySet
{
    public static readonly string[] Terms =
    [
        "客户满意度", "营业收入", "运营效率", "风险", "安全事故", "投诉", "库存周转", "冷链", "智慧停车", "养老",
        "成本", "培训", "利润总额", "设备完好率", "线上", "门店", "数字化", "应急预案", "考核", "里程碑",
        "人均", "能耗", "服务质量", "收费", "满意率",
    ];

    public static IReadOnlyList<string> Build(int count = 100)
    {
        var queries = new List<string>(count);
        queries.AddRange(Terms);
        for (var i = 0; queries.Count < 75; i++) queries.Add($"{Terms[i % Terms.Length]} {Terms[(i * 7 + 3) % Terms.Length]}");
        for (var i = 0; queries.Count < count; i++) queries.Add($"\"{Terms[i % Terms.Length]}\"");
        return queries.Take(count).ToArray();
    }
}
