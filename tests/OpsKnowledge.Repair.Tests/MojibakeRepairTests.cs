namespace OpsKnowledge.Repair.Tests;

public sealed class MojibakeRepairTests
{
    public static TheoryData<string> Utf8ReadAsGbkCases => FixtureCases.In("Utf8ReadAsGbk");
    public static TheoryData<string> Utf8ReadAsWesternCases => FixtureCases.In("Utf8ReadAsWestern");
    public static TheoryData<string> DoubleUtf8Cases => FixtureCases.In("DoubleUtf8");
    public static TheoryData<string> GbkReadAsLatin1Cases => FixtureCases.In("GbkReadAsLatin1");
    public static TheoryData<string> Big5GbkSwapCases => FixtureCases.In("Big5GbkSwaps");
    public static TheoryData<string> OtherCodePageCases => FixtureCases.In("OtherCodePages");



    [Theory, MemberData(nameof(Utf8ReadAsGbkCases))]
    public void Utf8ReadAsGbk_IsRestored(string name) => FixtureCases.AssertRepaired("Utf8ReadAsGbk", name);

    [Theory, MemberData(nameof(Utf8ReadAsWesternCases))]
    public void Utf8ReadAsLatin1OrWindows1252_IsRestored(string name) => FixtureCases.AssertRepaired("Utf8ReadAsWestern", name);

    [Theory, MemberData(nameof(DoubleUtf8Cases))]
    public void DoubleUtf8_IsRestored(string name) => FixtureCases.AssertRepaired("DoubleUtf8", name);

    [Theory, MemberData(nameof(GbkReadAsLatin1Cases))]
    public void GbkReadAsLatin1_IsRestored(string name) => FixtureCases.AssertRepaired("GbkReadAsLatin1", name);

    [Theory, MemberData(nameof(Big5GbkSwapCases))]
    public void Big5ReadAsGbkOrGbkReadAsBig5_IsRestored(string name) => FixtureCases.AssertRepaired("Big5GbkSwaps", name);

    // Fixtures made by python3 codecs on our own sentences (Windows-1251/1254, DOS 437; C1 controls for undefined bytes, or U+FFFD).
    [Theory, MemberData(nameof(OtherCodePageCases))]
    public void TextReadThroughOtherSingleByteCodePages_IsRestored(string name) => FixtureCases.AssertRepaired("OtherCodePages", name);

    [Fact]
    public void WholeLine_IsRepairedAsOneSpan()
    {
        // Digits inside the damage do not split it: one repair from the first to the last damaged character (the leading year is ASCII, untouched).
        var (input, expected) = FixtureCases.Read("GbkReadAsLatin1", "case4_digit_inside_run");
        var repaired = TextRepairer.Default.Repair(input);
        Assert.Equal(expected, repaired.Text);
        var repair = Assert.Single(repaired.Report.Repairs);
        Assert.Equal("2026".Length, repair.Start);
        Assert.Equal(input.Length, repair.End);
    }

    [Fact]
    public void LineMixingCleanChineseAndMojibake_RepairsOnlyTheDamagedRun()
    {
        var damaged = "本季度重点：" + System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes("会员复购率提升至45%")) + "，由运营部负责。";
        var repaired = TextRepairer.Default.Repair(damaged);
        Assert.Equal("本季度重点：会员复购率提升至45%，由运营部负责。", repaired.Text);
    }

    [Fact]
    public void MojibakeInOneLine_LeavesOtherLinesUntouched()
    {
        var repaired = TextRepairer.Default.Repair("第一行保持原样。\n鍩虹杩愯惀鏈嶅姟\n第三行也不变。");
        Assert.StartsWith("第一行保持原样。\n", repaired.Text);
        Assert.EndsWith("\n第三行也不变。", repaired.Text);
        Assert.All(repaired.Report.Repairs, r => Assert.True(r.Start >= 9 && r.End <= 17));
    }
}
