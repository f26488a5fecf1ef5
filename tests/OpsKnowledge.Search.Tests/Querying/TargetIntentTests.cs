using OpsKnowledge.Search.Querying;

namespace OpsKnowledge.Search.Tests.Querying;

public sealed class TargetIntentTests
{
    [Theory]
    [InlineData("社会消费品零售总额增长目标", true)]
    [InlineData("糧食產量預期目標", true)]
    [InlineData("棚户区改造年度计划", true)]
    [InlineData("十四五应急管理主要指标", true)]
    [InlineData("森林覆盖率", false)]
    [InlineData("发展中存在的困难和问题", false)]
    public void QueryAskingForTarget_IsRecognised(string query, bool asks) => Assert.Equal(asks, TargetIntent.Asks(query));

    [Theory]
    [InlineData("社会消费品零售总额增长目标", "社会消费品零售总额增长")]
    [InlineData("糧食產量預期目標", "粮食产量")]
    [InlineData("居民消费价格涨幅预期目标", "居民消费价格涨幅")]
    [InlineData("棚户区改造年度计划", "棚户区改造")]
    [InlineData("主要预期目标", "")]
    public void Indicator_IsTheQueryWithoutTheAskingWords(string query, string indicator) => Assert.Equal(indicator, TargetIntent.Indicator(query));
}
