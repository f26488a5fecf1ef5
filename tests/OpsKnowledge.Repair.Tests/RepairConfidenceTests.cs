namespace OpsKnowledge.Repair.Tests;

public sealed class RepairConfidenceTests
{
    [Theory]
    [InlineData("≤95%", "≥95%")]
    [InlineData("提高", "提低")]
    [InlineData("12个", "13个")]
    public void ReadingsThatDifferOnlyBySense_AreGuesses(string after, string alternative)
    {
        Assert.True(RepairConfidence.DiffersBySense(after, alternative));
        var (confidence, alternatives) = RepairConfidence.Settle("?", after, 0.99, [alternative]);
        Assert.True(confidence < 0.6);
        Assert.Equal([alternative], alternatives);
    }

    [Fact]
    public void ClearWinner_KeepsItsConfidenceAndListsNoAlternatives()
    {
        Assert.False(RepairConfidence.DiffersBySense("目标", "日标"));
        var (confidence, alternatives) = RepairConfidence.Settle("?", "目标", 0.95, ["日标"]);
        Assert.Equal(0.95, confidence);
        Assert.Null(alternatives);
    }

    [Fact]
    public void NearTieOfGuessedBytes_IsAGuess() => Assert.True(RepairConfidence.FromEvidence(0.99, guessed: 1, margin: 0.5) < 0.6);

    [Theory]
    [InlineData("配中心?", "", "")]
    [InlineData("飢C供銷差", "", "")]
    [InlineData("管理办法", "��", "")]
    [InlineData("管理办法", "", "ÿ")]
    public void RepairThatLeavesDamageInOrBesideIt_IsNotCertain(string after, string left, string right) =>
        Assert.True(RepairConfidence.FromSurroundings(0.99, after, left, right) < 0.9);

    [Fact]
    public void RepairWithAnUnlikelyCharacter_StaysBelowNinety() => Assert.True(RepairConfidence.FromSurroundings(0.99, "62桠", "", "") < 0.9);

    [Fact]
    public void CleanRepairInCleanContext_KeepsItsConfidence() =>
        Assert.Equal(0.97, RepairConfidence.FromSurroundings(0.97, "全部线路接入智能调度平台", "一、", "。"));
}
