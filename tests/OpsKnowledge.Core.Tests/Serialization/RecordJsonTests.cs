using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Serialization;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Core.Tests.Serialization;

/// <summary>The wire shape of records is flat and stays what the CLI, the web API and existing indexes already hold.</summary>
public sealed class RecordJsonTests
{
    // Written by hand in the flat shape records had before their details got types of their own: field order, camelCase enums, nulls left out.
    private const string KpiJson =
        """{"id":"plan.md#kpi-1","kind":"kpi","doc":"plan.md","section":"三、目标 > 2. 服务","name":"客户满意度","canonicalName":"客户满意度","value":"≥95%","baseline":"90%","period":"2026年","op":"atLeast","number":95,"unit":"%","baselineNumber":90,"direction":"up","scope":"plan","evidence":"客户满意度由90%提升至95%以上。","source":{"start":12,"end":30},"confidence":0.92}""";

    private const string TargetJson =
        """{"id":"a.txt#target-3","kind":"target","doc":"a.txt","name":"营业收入","value":"18-25亿元","period":"第1年","op":"range","number":18.5,"numberTo":25,"unit":"亿元","scope":"reference","evidence":"营业收入18.5-25亿元","source":{"page":2,"start":0,"end":10},"confidence":0.7,"uncertain":true,"uncertainBecause":"repair guessed ≥ (alternatives: ≤)"}""";

    private const string RiskJson =
        """{"id":"r.docx#risk-1","kind":"risk","doc":"r.docx","section":"风险","name":"政策风险","description":"补贴退坡","level":"高","likelihood":"中","impact":"大","mitigation":"拓展多元收入","scope":"plan","evidence":"政策风险 补贴退坡 高 中 大 拓展多元收入","source":{"table":1,"row":1,"col":0,"start":40,"end":70},"confidence":0.95}""";

    private const string BareRiskJson =
        """{"id":"x.txt#risk-2","kind":"risk","doc":"x.txt","name":"人员流失","scope":"plan","evidence":"人员流失","source":{"start":0,"end":4},"confidence":1}""";

    private const string MilestoneJson =
        """{"id":"m.md#milestone-2","kind":"milestone","doc":"m.md","name":"完成系统上线","period":"2026年6月底前","date":"2026年6月底前","scope":"plan","evidence":"2026年6月底前完成系统上线。","source":{"start":3,"end":18},"confidence":0.85}""";

    public static TheoryData<string> FlatRecords => new() { KpiJson, TargetJson, RiskJson, BareRiskJson, MilestoneJson };

    [Theory]
    [MemberData(nameof(FlatRecords))]
    public void FlatJson_ReadsAndWritesBackByteForByte(string json)
    {
        var record = OpsJson.Deserialize<Record>(json)!;

        Assert.Equal(json, OpsJson.Serialize(record));
    }

    [Fact]
    public void KpiJson_FillsTheMeasure()
    {
        var record = OpsJson.Deserialize<Record>(KpiJson)!;

        Assert.Equal(RecordKind.Kpi, record.Kind);
        Assert.Equal("≥95%", record.Measure!.Value);
        Assert.Equal(95m, record.Measure.Number);
        Assert.Equal(RecordOperator.AtLeast, record.Measure.Op);
        Assert.Equal(Direction.Up, record.Measure.Direction);
        Assert.Equal("2026年", record.Period);
        Assert.Null(record.Risk);
        Assert.Null(record.Milestone);
    }

    [Fact]
    public void RiskJson_FillsTheRiskDetails()
    {
        var record = OpsJson.Deserialize<Record>(RiskJson)!;

        Assert.Equal(new RiskDetails { Description = "补贴退坡", Level = "高", Likelihood = "中", Impact = "大", Mitigation = "拓展多元收入" }, record.Risk);
        Assert.Null(record.Measure);
        Assert.Equal(new RecordSource { Table = 1, Row = 1, Col = 0, Start = 40, End = 70 }, record.Source);
    }

    private static readonly Record Kpi =
        Build(RecordKind.Kpi) with { Period = "第2年", Details = new MeasureDetails { CanonicalName = "单位能耗", Value = "下降5%", Op = RecordOperator.DecreaseBy, Number = 5, Unit = "%", Baseline = "1.2吨", BaselineNumber = 1.2m, Direction = Direction.Down } };

    public static TheoryData<Record> RecordsOfEveryKind => new()
    {
        Kpi,
        Build(RecordKind.Target) with { Details = new MeasureDetails { Value = "800万", Op = RecordOperator.Equal, Number = 800, Unit = "万" }, Scope = RecordScope.Reference, Uncertain = true, UncertainBecause = "OCR confidence 0.62" },
        Build(RecordKind.Risk) with { Details = new RiskDetails { Level = "中", Mitigation = "建立备用供应商" } },
        Build(RecordKind.Risk),
        Build(RecordKind.Milestone) with { Period = "6个月内", Details = new MilestoneDetails { Date = "6个月内" } },
    };

    [Theory]
    [MemberData(nameof(RecordsOfEveryKind))]
    public void EveryKind_RoundTrips(Record record)
    {
        var json = OpsJson.Serialize(record);

        Assert.Equal(record, OpsJson.Deserialize<Record>(json));
        Assert.Equal(json, OpsJson.Serialize(OpsJson.Deserialize<Record>(json)));
    }

    [Fact]
    public void IndentedJson_ReadsBackToTheSameRecord()
    {
        var record = Kpi;

        Assert.Equal(record, OpsJson.Deserialize<Record>(OpsJson.Serialize(record, indented: true)));
    }

    [Fact]
    public void RecordWithoutKind_IsRejected()
    {
        Assert.Throws<System.Text.Json.JsonException>(() =>
            OpsJson.Deserialize<Record>("""{"id":"a#kpi-1","doc":"a","name":"x","evidence":"x","source":{"start":0,"end":1}}"""));
    }

    [Fact]
    public void UnknownKind_IsRejected()
    {
        Assert.Throws<System.Text.Json.JsonException>(() =>
            OpsJson.Deserialize<Record>("""{"id":"a#budget-1","kind":"budget","doc":"a","name":"x","evidence":"x","source":{"start":0,"end":1}}"""));
    }

    private static Record Build(RecordKind kind) => new()
    {
        Id = $"plan.txt#{RecordKinds.Of(kind).IdPrefix}-1",
        Kind = kind,
        Doc = "plan.txt",
        Section = "第二章 > 一、",
        Name = "名称",
        Evidence = "证据句。",
        Source = new RecordSource { Start = 1, End = 5 },
        Confidence = 0.88,
    };
}
