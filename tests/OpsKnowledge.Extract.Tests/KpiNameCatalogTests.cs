using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.KpiNames;
using Xunit;

namespace OpsKnowledge.Extract.Tests;

public sealed class KpiNameCatalogTests
{
    [Theory]
    [InlineData("顾客满意度", "客户满意度", Direction.Up)]
    [InlineData("客户满意率", "客户满意度", Direction.Up)]
    [InlineData("全年客户满意度", "客户满意度", Direction.Up)]
    [InlineData("车辆平均等待时间", "车辆平均等待时间", Direction.Down)]
    [InlineData("员工离职率", "员工流失率", Direction.Down)]
    public void Synonyms_GiveCanonicalNameAndDirection(string name, string canonical, Direction direction)
    {
        var kpi = KpiNameCatalog.Default.Find(name);
        Assert.NotNull(kpi);
        Assert.Equal(canonical, kpi.CanonicalName);
        Assert.Equal(direction, kpi.Direction);
    }

    [Fact]
    public void UnknownNames_HaveNoCanonicalName() => Assert.Null(KpiNameCatalog.Default.Find("冷库改造进度"));

    [Fact]
    public void CatalogFormat_IsParsed()
    {
        var catalog = KpiNameCatalog.Parse("# comment\n坪效 | 单位面积产出 ; up\n");
        Assert.Equal("坪效", catalog.Find("单位面积产出")!.CanonicalName);
    }
}
