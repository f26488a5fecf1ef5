using OpsKnowledge.Search.Querying;

namespace OpsKnowledge.Search.Tests.Querying;

public sealed class UserQueryParserTests
{
    // Each part written as text, with " for a phrase and - for an exclusion.
    [Theory]
    [InlineData("客户满意度", "客户满意度")]
    [InlineData("运营效率  提升", "运营效率|提升")]
    [InlineData("\"客户满意度\" 提升", "\"客户满意度\"|提升")]
    [InlineData("满意度 -投诉", "满意度|-投诉")]
    [InlineData("满意度 -\"投诉处理\"", "满意度|-\"投诉处理\"")]
    [InlineData("“运营 效率”　指标", "\"运营 效率\"|指标")]
    [InlineData("「服务品质」", "\"服务品质\"")]
    [InlineData("2025-2026 计划", "2025-2026|计划")]
    [InlineData("满意度 - 投诉", "满意度|投诉")]
    [InlineData("\"未闭合的引号", "\"未闭合的引号\"")]
    [InlineData("  ", "")]
    public void Input_IsSplitIntoParts(string input, string expected)
    {
        var parts = UserQueryParser.Parse(input).Parts.Select(p => (p.IsExcluded ? "-" : "") + (p.IsPhrase ? $"\"{p.Text}\"" : p.Text));

        Assert.Equal(expected, string.Join("|", parts));
    }
}
