using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.TestKit.Documents;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Extract.Tests;

public sealed class PlanFixtureTests
{
    private static IReadOnlyList<Record> ExtractPlan() =>
        RecordExtractor.Default.Extract(TestDocumentBuilder.FromPlainText(File.ReadAllText("Fixtures/plans/cold-chain-plan.txt"), "cold-chain-plan.txt"));

    [Fact]
    public void WholePlan_GivesEveryKind()
    {
        var records = ExtractPlan();
        Assert.Equal(14, records.Count(r => r.Kind == RecordKind.Target));
        Assert.Equal(10, records.Count(r => r.Kind == RecordKind.Kpi));
        Assert.Equal(4, records.Count(r => r.Kind == RecordKind.Risk));
        Assert.Equal(3, records.Count(r => r.Kind == RecordKind.Milestone));
        Assert.Equal(2, records.Count(r => r.Scope == RecordScope.Reference));
    }

    [Fact]
    public void Ids_AreNumberedPerKind()
    {
        var records = ExtractPlan();
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        Assert.Contains(records, r => r.Id == "cold-chain-plan.txt#risk-4");
    }

    [Fact]
    public void Json_IsCamelCaseWithoutNulls()
    {
        var json = OpsJson.Serialize(ExtractPlan().First(r => r.Kind == RecordKind.Kpi));
        Assert.Contains("\"kind\":\"kpi\"", json);
        Assert.Contains("\"baselineNumber\":95", json);
        Assert.DoesNotContain("null", json);
    }

    [Fact]
    public void ParallelCalls_GiveTheSameRecords()
    {
        var expected = ExtractPlan();
        var results = new IReadOnlyList<Record>[8];
        Parallel.For(0, results.Length, i => results[i] = ExtractPlan());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
