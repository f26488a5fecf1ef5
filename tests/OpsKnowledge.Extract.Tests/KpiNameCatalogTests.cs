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
    [InlineData("库存准确率", "库存准确率", Direction.Up)]
    [InlineData("账实相符率", "库存准确率", Direction.Up)]
    [InlineData("长期托养床位入住率", "入住率", Direction.Up)]
    [InlineData("冷链仓库出租率", "出租率", Direction.Up)]
    [InlineData("利润总额", "利润总额", Direction.Up)]
    [InlineData("后勤报修平均响应时间", "平均响应时间", Direction.Down)]
    public void Synonyms_GiveCanonicalNameAndDirection(string name, string canonical, Direction direction)
    {
        var kpi = KpiNameCatalog.Default.Find(name);
        Assert.NotNull(kpi);
        Assert.Equal(canonical, kpi.CanonicalName);
        Assert.Equal(direction, kpi.Direction);
    }

    [Theory]
    [InlineData("入住率", "出租率")]
    [InlineData("招商率", "出租率")]
    [InlineData("利润总额", "净利润")]
    [InlineData("主营业务收入", "营业收入")]
    [InlineData("投诉处理及时率", "投诉处理率")]
    [InlineData("设备利用率", "设备完好率")]
    [InlineData("拣货准确率", "订单准确率")]
    [InlineData("服务效率", "运营效率")]
    [InlineData("单位能耗", "综合能耗")]
    public void LookAlikes_AreDifferentIndicators(string name, string other) =>
        Assert.NotEqual(KpiNameCatalog.Default.Find(other)!.CanonicalName, KpiNameCatalog.Default.Find(name)!.CanonicalName);

    [Theory]
    [InlineData("门诊取药等候时间")]
    [InlineData("网销产品抽检合格率")]
    [InlineData("上门服务响应时间")]
    [InlineData("老人及家属满意度")]
    [InlineData("单桩日均利用率")]
    public void NamesWithoutTheirObject_JoinNoIndicator(string name) => Assert.Null(KpiNameCatalog.Default.Find(name));

    [Fact]
    public void ShippedCatalog_GivesEveryLineADirection_AndEveryWordingOneLine()
    {
        var text = ReadShippedCatalog();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.All(lines, line => Assert.Matches(@";\s*(up|down)$", line));
        var wordings = lines.SelectMany(l => l[..l.LastIndexOf(';')].Split('|').Select(w => KpiNameCatalog.Key(w.Trim()))).ToList();
        Assert.Equal(wordings.Count, wordings.Distinct().Count());
        Assert.Equal(lines.Count, KpiNameCatalog.Default.Names.Count);
    }

    [Fact]
    public void UnknownNames_HaveNoCanonicalName() => Assert.Null(KpiNameCatalog.Default.Find("冷库改造进度"));

    [Fact]
    public void CatalogFormat_IsParsed()
    {
        var catalog = KpiNameCatalog.Parse("# comment\n坪效 | 单位面积产出 ; up\n");
        Assert.Equal("坪效", catalog.Find("单位面积产出")!.CanonicalName);
    }

    private static string ReadShippedCatalog()
    {
        using var stream = typeof(KpiNameCatalog).Assembly.GetManifestResourceStream("OpsKnowledge.Extract.KpiNames.kpi-names.txt")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
