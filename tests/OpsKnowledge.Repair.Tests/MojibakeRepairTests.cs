namespace OpsKnowledge.Repair.Tests;

public sealed class MojibakeRepairTests
{
    public static TheoryData<string> Utf8ReadAsGbkCases => FixtureCases.In("Utf8ReadAsGbk");
    public static TheoryData<string> Utf8ReadAsWesternCases => FixtureCases.In("Utf8ReadAsWestern");
    public static TheoryData<string> DoubleUtf8Cases => FixtureCases.In("DoubleUtf8");
    public static TheoryData<string> GbkReadAsLatin1Cases => FixtureCases.In("GbkReadAsLatin1");



    [Theory, MemberData(nameof(Utf8ReadAsGbkCases))]
    public void Utf8ReadAsGbk_IsRestored(string name) => FixtureCases.AssertRepaired("Utf8ReadAsGbk", name);

    [Theory, MemberData(nameof(Utf8ReadAsWesternCases))]
    public void Utf8ReadAsLatin1OrWindows1252_IsRestored(string name) => FixtureCases.AssertRepaired("Utf8ReadAsWestern", name);

    [Theory, MemberData(nameof(DoubleUtf8Cases))]
    public void DoubleUtf8_IsRestored(string name) => FixtureCases.AssertRepaired("DoubleUtf8", name);

    [Theory, MemberData(nameof(GbkReadAsLatin1Cases))]
    public void GbkReadAsLatin1_IsRestored(string name) => FixtureCases.AssertRepaired("GbkReadAsLatin1", name);

    [Fact]
    public void MojibakeInOneLine_LeavesOtherLinesUntouched()
    {
        var repaired = TextRepairer.Default.Repair("第一行保持原样。\n鍩虹杩愯惀鏈嶅姟\n第三行也不变。");
        Assert.StartsWith("第一行保持原样。\n", repaired.Text);
        Assert.EndsWith("\n第三行也不变。", repaired.Text);
        Assert.All(repaired.Report.Repairs, r => Assert.True(r.Start >= 9 && r.End <= 17));
    }
}
