using OpsKnowledge.Core.Records;
using Xunit;

namespace OpsKnowledge.Core.Tests.Records;

public sealed class RecordKindsTests
{
    [Fact]
    public void EveryKind_HasOneCatalogueEntry()
    {
        var kinds = Enum.GetValues<RecordKind>();
        Assert.Equal(kinds.Length, RecordKinds.All.Count);
        foreach (var kind in kinds) Assert.Equal(kind, RecordKinds.Of(kind).Kind);
    }

    [Fact]
    public void WireNamesLabelsAndIdPrefixes_AreDistinct()
    {
        Assert.Equal(RecordKinds.All.Count, RecordKinds.All.Select(k => k.WireName).Distinct().Count());
        Assert.Equal(RecordKinds.All.Count, RecordKinds.All.Select(k => k.Label).Distinct().Count());
        Assert.Equal(RecordKinds.All.Count, RecordKinds.All.Select(k => k.IdPrefix).Distinct().Count());
    }

    [Theory]
    [InlineData("kpi", RecordKind.Kpi)]
    [InlineData("KPIs", RecordKind.Kpi)]
    [InlineData(" risk ", RecordKind.Risk)]
    [InlineData("milestones", RecordKind.Milestone)]
    [InlineData("Target", RecordKind.Target)]
    public void WireName_ParsesToItsKind(string wire, RecordKind expected)
    {
        Assert.True(RecordKinds.TryParse(wire, out var info));
        Assert.Equal(expected, info.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("section")]
    [InlineData("budget")]
    [InlineData("s")]
    public void UnknownName_IsNotAKind(string? wire) => Assert.False(RecordKinds.TryParse(wire, out _));

    [Fact]
    public void UndefinedEnumValue_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => RecordKinds.Of((RecordKind)99));
}
