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
}
