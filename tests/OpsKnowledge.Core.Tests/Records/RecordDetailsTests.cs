using OpsKnowledge.Core.Records;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Core.Tests.Records;

public sealed class RecordDetailsTests
{
    [Theory]
    [InlineData(RecordKind.Kpi, typeof(MeasureDetails))]
    [InlineData(RecordKind.Target, typeof(MeasureDetails))]
    [InlineData(RecordKind.Risk, typeof(RiskDetails))]
    [InlineData(RecordKind.Milestone, typeof(MilestoneDetails))]
    public void RecordWithoutDetails_CarriesItsKindsEmptyDetails(RecordKind kind, Type expected)
    {
        var record = Build(kind);

        Assert.IsType(expected, record.Details);
        Assert.Equal(RecordKinds.Of(kind).EmptyDetails, record.Details);
    }

    [Fact]
    public void Kpi_HasAMeasureAndNoRiskOrMilestone()
    {
        var record = Build(RecordKind.Kpi) with { Details = new MeasureDetails { Value = "95%" } };

        Assert.Equal("95%", record.Measure?.Value);
        Assert.Null(record.Risk);
        Assert.Null(record.Milestone);
    }

    [Fact]
    public void DetailsOfAnotherKind_AreABug()
    {
        var record = Build(RecordKind.Kpi) with { Details = new RiskDetails { Level = "高" } };

        Assert.Throws<InvalidOperationException>(() => record.Details);
        Assert.Throws<InvalidOperationException>(() => record.Risk);
    }

    [Fact]
    public void ChangingKindWithinAFamily_KeepsTheMeasure()
    {
        var target = Build(RecordKind.Target) with { Details = new MeasureDetails { Number = 3 } };

        var kpi = target with { Kind = RecordKind.Kpi };

        Assert.Equal(3m, kpi.Measure?.Number);
    }

    private static Record Build(RecordKind kind) => new()
    {
        Id = "d#x-1", Kind = kind, Doc = "d", Name = "名称", Evidence = "证据", Source = new RecordSource { Start = 0, End = 2 },
    };
}
