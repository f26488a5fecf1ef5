using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using Xunit;

namespace OpsKnowledge.Core.Tests.Search;

public sealed class EntryKindFilterTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankValue_IsNoFilter(string? value) => Assert.Null(EntryKindFilter.Parse(value));

    [Theory]
    [InlineData("section")]
    [InlineData("Sections")]
    public void SectionValues_AreTheSectionFilter(string value) => Assert.Same(EntryKindFilter.Section, EntryKindFilter.Parse(value));

    [Theory]
    [InlineData("record")]
    [InlineData(" RECORDS ")]
    public void RecordValues_AreAnyRecord(string value)
    {
        var filter = EntryKindFilter.Parse(value)!;
        Assert.True(filter.IsAnyRecord);
        Assert.Null(filter.Record);
    }

    [Theory]
    [InlineData("kpis", RecordKind.Kpi)]
    [InlineData("Target", RecordKind.Target)]
    [InlineData("risk", RecordKind.Risk)]
    [InlineData("milestones", RecordKind.Milestone)]
    public void CatalogueWireNames_AreOneRecordKind(string value, RecordKind kind)
    {
        var filter = EntryKindFilter.Parse(value)!;
        Assert.Equal(kind, filter.Record!.Kind);
        Assert.Equal(RecordKinds.Of(kind).WireName, filter.WireName);
        Assert.Same(EntryKindFilter.Of(kind), filter);
    }

    [Fact]
    public void UnknownValue_IsKeptAsUnknown_SoItMatchesNothing()
    {
        var filter = EntryKindFilter.Parse(" Budget ")!;
        Assert.True(filter.IsUnknown);
        Assert.Equal("budget", filter.WireName);
        Assert.Null(filter.Record);
        Assert.False(filter.IsSection || filter.IsAnyRecord);
    }

    [Fact]
    public void Choices_AreSectionAnyRecordThenTheCatalogue() =>
        Assert.Equal(["section", "record", .. RecordKinds.WireNames], EntryKindFilter.Choices.Select(c => c.WireName));
}
