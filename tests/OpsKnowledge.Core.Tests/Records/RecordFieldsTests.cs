using OpsKnowledge.Core.Records;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Core.Tests.Records;

public sealed class RecordFieldsTests
{
    private static Record Risk() => new()
    {
        Id = "p.txt#risk-1", Kind = RecordKind.Risk, Doc = "p.txt", Name = "冷库停电", Evidence = "冷库停电风险：备用电源。",
        Source = new RecordSource { Start = 0, End = 12 }, Period = "2026年",
        Details = new RiskDetails { Description = "停电导致货损", Level = "高", Mitigation = "备用电源" },
    };

    [Fact]
    public void EveryFieldTheCatalogueNames_IsARecordField()
    {
        foreach (var kind in RecordKinds.All)
        {
            var record = Risk() with { Kind = kind.Kind, Details = kind.EmptyDetails };
            foreach (var field in kind.ShownFields.Concat(kind.SearchedFields)) _ = RecordFields.Text(record, field);
        }
    }

    [Fact]
    public void RiskFields_AreReadFromItsDetails()
    {
        var risk = Risk();
        Assert.Equal("停电导致货损", RecordFields.Text(risk, "description"));
        Assert.Equal("高", RecordFields.Text(risk, "level"));
        Assert.Equal("2026年", RecordFields.Text(risk, "period"));
        Assert.Null(RecordFields.Text(risk, "value"));
        Assert.Null(RecordFields.Text(risk, "impact"));
    }

    [Fact]
    public void UnknownField_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => RecordFields.Text(Risk(), "budget"));
}
