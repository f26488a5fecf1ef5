namespace OpsKnowledge.Repair.Tests;

public sealed class SearchBudgetTests
{
    [Fact]
    public void SpentBudget_LeavesMojibakeAlone()
    {
        var (input, _) = FixtureCases.Read("Utf8ReadAsGbk", "case4");
        var options = RepairOptions.Default with { CandidateSearchesPerThousandChars = 0, MinimumCandidateSearches = 0 };
        var repairer = new TextRepairer(options, TextRepairer.DefaultRepairers(options), Scoring.ChineseTextScorer.Default);
        Assert.Equal(input, repairer.Repair(input).Text);
        Assert.NotEqual(input, TextRepairer.Default.Repair(input).Text);
    }

    [Fact]
    public void RandomBytes_AreLeftMostlyAsTheyWere()
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        var junk = Decoding.CodePages.Gb18030.GetString(bytes);
        var repaired = TextRepairer.Default.Repair(junk);
        Assert.True(repaired.Report.Repairs.Count <= junk.Length / 100, $"{repaired.Report.Repairs.Count} repairs in junk");
    }
}
