namespace OpsKnowledge.Repair.Tests;

public sealed class SiteRenderingTests
{
    public static TheoryData<string> Cases => FixtureCases.In("SiteRendering");

    [Theory, MemberData(nameof(Cases))]
    public void TraditionalWithPinyinAnnotations_IsSimplified(string name) => FixtureCases.AssertRepaired("SiteRendering", name);

    [Theory]
    [InlineData("服務(wù)")]
    [InlineData("營(yíng)")]
    [InlineData("銀行(háng)")]
    public void AnnotationThatReadsTheCharacter_IsRemoved(string input) =>
        Assert.DoesNotContain("(", TextRepairer.Default.Repair(input).Text);

    [Theory]
    [InlineData("满意度(NPS)")]
    [InlineData("短期目标(1-2年)")]
    [InlineData("规范(GB/T36344-2018)")]
    [InlineData("记录(notation)")]
    [InlineData("服務(yíng)")]
    public void RealParentheses_AreKept(string input) => Assert.Equal(input, TextRepairer.Default.Repair(input).Text);
}
