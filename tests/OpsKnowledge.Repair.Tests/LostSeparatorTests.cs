namespace OpsKnowledge.Repair.Tests;

public sealed class LostSeparatorTests
{
    public static TheoryData<string> Cases => FixtureCases.In("LostSeparator");

    [Theory, MemberData(nameof(Cases))]
    public void QuestionMarkAfterRunInHeading_BecomesLineBreak(string name) => FixtureCases.AssertRepaired("LostSeparator", name);

    [Fact]
    public void QuestionMarkInSentence_IsKept()
    {
        const string text = "为什么要调整排班?因为高峰期人手不足。";
        Assert.Equal(text, TextRepairer.Default.Repair(text).Text);
    }
}
