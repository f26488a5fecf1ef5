using OpsKnowledge.Planning.Comparison;

namespace OpsKnowledge.Planning.Tests.Comparison;

public sealed class UnitConverterTests
{
    [Theory]
    [InlineData(1.2, "亿元", "万元", 12000)]
    [InlineData(3500, "万元", "亿元", 0.35)]
    [InlineData(800, "千元", "万元", 80)]
    [InlineData(90, "分钟", "小时", 1.5)]
    [InlineData(2, "天", "小时", 48)]
    [InlineData(30, "秒", "分钟", 0.5)]
    [InlineData(1.5, "万人次", "人次", 15000)]
    [InlineData(5, "‰", "%", 0.5)]
    [InlineData(95, "％", "%", 95)]
    [InlineData(3, "百分点", "个百分点", 3)]
    [InlineData(2, "年", "个月", 24)]
    public void Commensurable_Convert(double value, string from, string to, double expected) =>
        Assert.Equal((decimal)expected, UnitConverter.Convert((decimal)value, from, to));

    [Theory]
    [InlineData("个百分点", "%")]
    [InlineData("万元", "万人")]
    [InlineData("分", "分钟")]
    [InlineData("天", "个月")]
    [InlineData("万元", null)]
    public void Incommensurable_DoNotConvert(string from, string? to)
    {
        Assert.Null(UnitConverter.Convert(1m, from, to));
        Assert.False(UnitConverter.AreCommensurable(from, to));
    }
}
