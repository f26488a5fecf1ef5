namespace OpsKnowledge.Repair.Tests;

public sealed class RealignmentTests
{
    public static TheoryData<string> Cases => FixtureCases.In("Misaligned");

    [Theory, MemberData(nameof(Cases))]
    public void MisalignedRunAfterLostByte_IsRealigned(string name) => FixtureCases.AssertRepaired("Misaligned", name);

    [Fact]
    public void Realignment_IsReportedWithInputOffsets()
    {
        var (input, _) = FixtureCases.Read("Misaligned", "site1");
        var report = TextRepairer.Default.Repair(input).Report;
        var realigned = Assert.Single(report.Repairs, r => r.Kind == "realignment");
        Assert.Equal(input[realigned.Start..realigned.End], realigned.Before);
        Assert.StartsWith("?", realigned.Before);
    }
}
