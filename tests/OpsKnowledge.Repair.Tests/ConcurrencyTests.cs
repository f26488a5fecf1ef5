namespace OpsKnowledge.Repair.Tests;

public sealed class ConcurrencyTests
{
    private static readonly string[] Folders = ["Utf8ReadAsGbk", "Utf8ReadAsWestern", "DoubleUtf8", "GbkReadAsLatin1", "Big5GbkSwaps", "Misaligned", "SiteRendering", "KnownGaps"];

    // The ingest pipeline shares one TextRepairer between threads: every result must match the single-threaded one.
    [Fact]
    public void OneRepairerOnFourThreads_GivesTheSingleThreadedResults()
    {
        var inputs = new List<string>();
        foreach (var folder in Folders)
        {
            foreach (var name in FixtureCases.In(folder)) inputs.Add(FixtureCases.Read(folder, name).Input);
        }
        var repairer = new TextRepairer();
        var expected = inputs.Select(input => repairer.Repair(input).Text).ToArray();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var round = 0; round < 5; round++)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    var index = (k + t * 7 + round) % inputs.Count;
                    var actual = repairer.Repair(inputs[index]).Text;
                    if (actual != expected[index]) mismatches.Add($"input {index}, thread {t}, round {round}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(mismatches);
    }
}
