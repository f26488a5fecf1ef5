using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Normalization;
using Xunit;

namespace OpsKnowledge.Extract.Tests;

public sealed class NormalizationTests
{
    [Fact]
    public void UnitPattern_IsTheCatalogLongestFirst()
    {
        // The pattern is a constant for source-generated regexes; longest first so 个百分点 wins over 个 and 万元 over 万.
        var fromCatalog = string.Join("|", UnitCatalog.Units.OrderByDescending(u => u.Length).Select(System.Text.RegularExpressions.Regex.Escape));
        Assert.Equal(UnitCatalog.Pattern, fromCatalog);
    }

    [Theory]
    [InlineData("三", 3)]
    [InlineData("十二", 12)]
    [InlineData("一百二十", 120)]
    [InlineData("两", 2)]
    [InlineData("三点五", 3.5)]
    [InlineData("1,200", 1200)]
    [InlineData("１２", 12)]
    [InlineData("99.8", 99.8)]
    public void Numerals_AreRead(string text, double expected)
    {
        Assert.True(ChineseNumberParser.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("800万", true, 800, "万元", RecordOperator.Equal)]
    [InlineData("800万", false, 800, "万", RecordOperator.Equal)]
    [InlineData("1.2亿元", false, 1.2, "亿元", RecordOperator.Equal)]
    [InlineData("≥95%", false, 95, "%", RecordOperator.AtLeast)]
    [InlineData("≤15元", false, 15, "元", RecordOperator.AtMost)]
    [InlineData("30分钟以内", false, 30, "分钟", RecordOperator.AtMost)]
    [InlineData("95%以上", false, 95, "%", RecordOperator.AtLeast)]
    [InlineData("不低于90%", false, 90, "%", RecordOperator.AtLeast)]
    [InlineData("基准+10%", false, 10, "%", RecordOperator.IncreaseBy)]
    [InlineData("百分之八十", false, 80, "%", RecordOperator.Equal)]
    [InlineData("12个百分点", false, 12, "个百分点", RecordOperator.Equal)]
    [InlineData("三年", false, 3, "年", RecordOperator.Equal)]
    [InlineData("十二个月", false, 12, "个月", RecordOperator.Equal)]
    [InlineData("100个", false, 100, "个", RecordOperator.Equal)]
    [InlineData("15人", false, 15, "人", RecordOperator.Equal)]
    [InlineData("3千人", false, 3000, "人", RecordOperator.Equal)]
    public void Quantities_AreNormalized(string text, bool money, double number, string unit, RecordOperator op)
    {
        var quantity = QuantityParser.Parse(text, money);
        Assert.NotNull(quantity);
        Assert.Equal((decimal)number, quantity.Number);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(op, quantity.Op);
    }

    [Fact]
    public void Range_KeepsBothEnds()
    {
        var quantity = QuantityParser.Parse("18%-25%");
        Assert.NotNull(quantity);
        Assert.Equal(18m, quantity.Number);
        Assert.Equal(25m, quantity.NumberTo);
        Assert.Equal(RecordOperator.Range, quantity.Op);
    }

    [Theory]
    [InlineData("约3000万元")]
    [InlineData("近40%")]
    [InlineData("50%左右")]
    public void Approximations_AreMarked(string text) => Assert.True(QuantityParser.Parse(text)!.Approximate);

    [Theory]
    [InlineData("一是")]
    [InlineData("三方协同")]
    [InlineData("核心能力建设")]
    public void LoneChineseNumerals_AreNotQuantities(string text) => Assert.Null(QuantityParser.Parse(text));

    [Theory]
    [InlineData("第1年", "第1年")]
    [InlineData("2026年", "2026年")]
    [InlineData("2026-2028年", "2026-2028年")]
    [InlineData("短期目标（1-2年）", "短期(1-2年)")]
    [InlineData("Q1", "Q1")]
    [InlineData("第二阶段", "第二阶段")]
    public void PeriodLabels_AreRecognizedAndNormalized(string text, string expected)
    {
        Assert.True(PeriodParser.IsPeriodLabel(text));
        Assert.Equal(expected, PeriodParser.Normalize(text));
    }

    [Theory]
    [InlineData("到2028年底", "2028年底")]
    [InlineData("三年内", "三年内")]
    [InlineData("6个月内", "6个月内")]
    public void Horizons_AreFoundInText(string text, string expected)
    {
        var match = PeriodParser.Find("计划" + text + "完成");
        Assert.NotNull(match);
        Assert.Equal(expected, PeriodParser.Normalize(match.Value));
    }

    [Theory]
    [InlineData("销售额", false)]
    [InlineData("客户层级", false)]
    [InlineData("服务类别", false)]
    public void NonPeriods_AreNotPeriodLabels(string text, bool expected) => Assert.Equal(expected, PeriodParser.IsPeriodLabel(text));
}
