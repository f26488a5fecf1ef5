using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Normalization;

/// <summary>Guesses whether more of an indicator is better from the words of its name and from the verb that moves it.</summary>
public static class DirectionInference
{
    // Indicators that plans want to be smaller: waiting, cost, complaints, faults.
    private static readonly string[] DownWords =
    [
        "投诉", "流失", "成本", "费用", "时间", "时长", "耗时", "等待", "故障", "事故", "差错", "错误", "损耗", "损失", "能耗", "周期",
        "空置", "库存", "逾期", "返工", "缺陷", "不良", "离职", "延误", "延迟", "积压", "排放", "退货", "违约", "坏账", "次品", "隐患", "占用", "响应时间", "处理时间",
    ];

    private static readonly string[] UpVerbs = ["提升", "提高", "增长", "增加", "扩大", "突破", "达到", "上升", "升至", "增至", "翻番"];

    private static readonly string[] DownVerbs = ["降低", "下降", "减少", "缩短", "压缩", "降至", "缩减", "控制在", "不超过", "减至"];

    /// <summary>Down when a verb says so (降低, 缩短), else by the name's words, else null.</summary>
    public static Direction? Infer(string name, string? verb)
    {
        if (verb is not null)
        {
            foreach (var v in DownVerbs) if (verb.Contains(v, StringComparison.Ordinal)) return Direction.Down;
            foreach (var v in UpVerbs) if (verb.Contains(v, StringComparison.Ordinal)) return FromName(name) ?? Direction.Up;
        }
        return FromName(name);
    }

    /// <summary>Down for names such as 投诉率 or 平均等待时间; null when the name does not tell.</summary>
    public static Direction? FromName(string name)
    {
        // "降低率"-style names and "控制率" are rare; a rate of something bad is still bad.
        foreach (var word in DownWords)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                // 成本节约率, 故障修复率, 投诉处理率: the rate of dealing with the bad thing is good.
                if (name.EndsWith("节约率", StringComparison.Ordinal) || name.EndsWith("处理率", StringComparison.Ordinal) || name.EndsWith("修复率", StringComparison.Ordinal)
                    || name.EndsWith("解决率", StringComparison.Ordinal) || name.EndsWith("达成率", StringComparison.Ordinal) || name.EndsWith("排除率", StringComparison.Ordinal)
                    || name.EndsWith("及时率", StringComparison.Ordinal) || name.EndsWith("准时率", StringComparison.Ordinal) || name.EndsWith("周转率", StringComparison.Ordinal))
                    return Direction.Up;
                return Direction.Down;
            }
        }
        return null;
    }
}
