namespace OpsKnowledge.Repair.Tests;

public sealed class NearMissTests
{
    public static TheoryData<string> Cases => FixtureCases.In("NearMisses");

    [Theory, MemberData(nameof(Cases))]
    public void CleanText_PassesUnchanged(string name)
    {
        var (input, expected) = FixtureCases.Read("NearMisses", name);
        Assert.Equal(input, expected);
        var repaired = TextRepairer.Default.Repair(input);
        Assert.Equal(expected, repaired.Text);
        Assert.Empty(repaired.Report.Repairs);
    }
}
