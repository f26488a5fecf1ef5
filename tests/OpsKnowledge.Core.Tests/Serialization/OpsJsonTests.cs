using System.Text.Json;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.TestKit.Documents;
using Xunit;

namespace OpsKnowledge.Core.Tests.Serialization;

public sealed class OpsJsonTests
{
    private static readonly Document Plan = new TestDocumentBuilder("计划.txt")
        .Heading("1", "服务目标").Paragraph("客户满意度达到95%以上。")
        .Table(["指标", "目标值"], ["投诉率", "≤2%"])
        .Build();

    [Fact]
    public void Names_AreCamelCase()
    {
        var root = JsonDocument.Parse(OpsJson.Serialize(Plan)).RootElement;
        Assert.True(root.TryGetProperty("sourcePath", out _));
        Assert.True(root.TryGetProperty("originalText", out _));
        Assert.True(root.GetProperty("sections")[0].TryGetProperty("headingSpan", out _));
        Assert.False(root.TryGetProperty("SourcePath", out _));
    }

    [Fact]
    public void Nulls_AreOmitted()
    {
        var root = JsonDocument.Parse(OpsJson.Serialize(Plan)).RootElement;
        Assert.False(root.TryGetProperty("encoding", out _));
        Assert.False(root.TryGetProperty("title", out _));
        Assert.False(root.GetProperty("sections")[0].TryGetProperty("parentIndex", out _));
    }

    [Fact]
    public void Chinese_IsWrittenUnescaped()
    {
        var json = OpsJson.Serialize(Plan);
        Assert.Contains("客户满意度达到95%以上。", json);
        Assert.Contains("计划.txt", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Theory]
    [InlineData(RecordOperator.AtLeast, "atLeast")]
    [InlineData(RecordOperator.DecreaseBy, "decreaseBy")]
    [InlineData(Direction.Down, "down")]
    [InlineData(RecordScope.Reference, "reference")]
    public void Enums_AreCamelCaseStrings_BothWays(object value, string wire)
    {
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(value, value.GetType(), OpsJson.Options));
        Assert.Equal(value, JsonSerializer.Deserialize($"\"{wire}\"", value.GetType(), OpsJson.Options));
    }

    [Fact]
    public void Blocks_NameTheirType()
    {
        var blocks = JsonDocument.Parse(OpsJson.Serialize(Plan)).RootElement.GetProperty("blocks");
        Assert.Equal(["paragraph", "table"], blocks.EnumerateArray().Select(b => b.GetProperty("type").GetString()));
    }

    [Fact]
    public void Document_RoundTrips()
    {
        var json = OpsJson.Serialize(Plan);
        var back = OpsJson.Deserialize<Document>(json)!;
        Assert.Equal(json, OpsJson.Serialize(back));
        Assert.Equal(Plan.Text, back.Text);
        Assert.Equal(Plan.Sections[0].HeadingSpan, back.Sections[0].HeadingSpan);
        var table = Assert.IsType<Table>(back.Blocks[1]);
        Assert.Equal(("投诉率", "≤2%"), (table.Rows[1][0].Text, table.Rows[1][1].Text));
        Assert.Equal(Plan.Slice(Plan.Tables.Single().Rows[1][1].Span), back.Slice(table.Rows[1][1].Span));
    }

    [Fact]
    public void Indented_DiffersOnlyInLayout()
    {
        var indented = OpsJson.Serialize(Plan, indented: true);
        Assert.Contains('\n', indented);
        Assert.DoesNotContain('\n', OpsJson.Serialize(Plan).Replace("\\n", ""));
        Assert.Equal(OpsJson.Serialize(Plan), OpsJson.Serialize(OpsJson.Deserialize<Document>(indented)));
    }
}
