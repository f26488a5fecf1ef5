using OpsKnowledge.Application.Comparison;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Planning.Comparison;

namespace OpsKnowledge.Application.Tests.EndToEnd;

/// <summary>Compare on the bundled corpus: only like indicators side by side, the numbers a user sees right.</summary>
public sealed class CorpusCompareTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private CompareService Service => new(corpus.Index);

    [Fact]
    public void CareCentreOccupancy_IsNotSetBesideWarehouseLeasing()
    {
        var occupancy = Service.Compare("入住率");
        var leasing = Service.Compare("出租率");

        Assert.Equal(["shequ-yanglao-yunying-fangan.pdf"], occupancy.Rows.Select(r => r.Doc).Distinct());
        Assert.Empty(occupancy.Spread!.Outliers);
        Assert.All(leasing.Rows, r => Assert.StartsWith("wuliu-yuanqu-", r.Doc));
        // The park plan exists as .docx and .htm: one plan, one value in the spread.
        Assert.Equal(leasing.Rows.Select(r => Path.GetFileNameWithoutExtension(r.Doc)).Distinct().Count(), leasing.Spread!.Count);
    }

    [Fact]
    public void InventoryAccuracy_IsUpIsGood() => Assert.Equal(Direction.Up, Service.Compare("库存准确率").Direction);

    [Fact]
    public void Revenue_LeavesOutBackgroundGrowth_AndComparesYearsWithYears()
    {
        var revenue = Service.Compare("营业收入");

        Assert.DoesNotContain(revenue.Rows, r => r.Doc.StartsWith("canyin-", StringComparison.Ordinal));
        Assert.Equal(("万元", PeriodGrain.Whole), (revenue.Spread!.Unit, revenue.Spread.Grain));
        Assert.All(revenue.Rows.Where(r => r.Period?.Contains('季') == true), r => Assert.False(r.Comparable));
        Assert.All(revenue.Rows.Where(r => r.Comparable), r => Assert.Equal("万元", r.ConvertedUnit));
        // 15.6亿元 is 156,000万元, 17.4亿元 is 174,000万元: the converted numbers are exact.
        Assert.Contains(revenue.Rows, r => r.Value == "15.6亿元" && r.ConvertedNumber == 156000m);
        Assert.Contains(revenue.Rows, r => r.Value == "17.4亿元" && r.ConvertedNumber == 174000m);
        var withContext = Service.Compare("营业收入", includeReference: true);
        Assert.All(withContext.Rows.Where(r => r.Doc.StartsWith("canyin-", StringComparison.Ordinal)), r => Assert.True(r.Context && !r.Comparable));
    }

    [Fact]
    public void TotalProfit_IsNotNetProfit()
    {
        Assert.Empty(Service.Compare("净利润").Rows);
        Assert.Equal(1.2m, Assert.Single(Service.Compare("利润总额").Rows).Number);
    }

    [Fact]
    public void EveryComparedRow_ConvertsItsOwnNumberExactly()
    {
        foreach (var kpi in new[] { "营业收入", "客户满意度", "销售额", "平均响应时间", "服务准时率" })
        {
            foreach (var row in Service.Compare(kpi).Rows.Where(r => r.Number is not null))
            {
                Assert.Equal(UnitConverter.Convert(row.Number!.Value, row.Unit, row.ConvertedUnit), row.ConvertedNumber);
                Assert.False(row.Context);
                Assert.Equal(RecordScope.Plan, row.Scope);
            }
        }
    }
}
