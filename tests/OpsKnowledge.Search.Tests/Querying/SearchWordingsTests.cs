using OpsKnowledge.Search.Querying;

namespace OpsKnowledge.Search.Tests.Querying;

public sealed class SearchWordingsTests
{
    [Fact]
    public void Abbreviation_IsReplacedByEachLongWording()
    {
        var variants = SearchWordings.Default.Variants("单位GDP能耗");

        Assert.Contains("单位地区生产总值能耗", variants);
        Assert.Contains("单位国内生产总值能耗", variants);
    }

    [Fact]
    public void LongestWording_IsReplacedWhole()
    {
        var variants = new SearchWordings(["装机容量 | 装机", "新能源装机 | 新增装机容量"]).Variants("新增装机容量目标");

        Assert.Contains("新能源装机目标", variants);
        Assert.DoesNotContain("新增装机目标", variants);
    }

    [Fact]
    public void TextWithoutWordings_HasNoVariants() => Assert.Empty(SearchWordings.Default.Variants("客户满意度"));

    [Fact]
    public void TraditionalInput_IsFoldedFirst() => Assert.Contains("地区生产总值增长", SearchWordings.Default.Variants("GDP增長"));
}
